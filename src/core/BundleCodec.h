// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Bundle.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sitekeeper {

// Reads and writes the bundle file format of docs/bundle-format.md.
class BundleCodec {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::BundleCodec)

public:
    static constexpr const char* formatName = "sitekeeper-bundle";
    static constexpr int formatVersion = 1;

    // The bundle as deterministic bytes: sorted keys and arrays, 2-space indent, UTF-8, trailing
    // newline. Records that cannot be placed (a site-owned record whose site is not in the
    // bundle) are left out; problems() lists them, so check a bundle before exporting it.
    static QByteArray encode(const Bundle& bundle);

    // Parses and checks the whole document. On any problem there is no bundle, and the error's
    // message lists every problem, one per line, each as "<json path>: <what is wrong>", in the
    // order of the places in the file.
    static Result<Bundle> decode(const QByteArray& bytes);

    // Same as decode(); `problems` receives every problem (empty when the bundle is valid).
    static Bundle decodeWithErrors(const QByteArray& bytes, QStringList* problems);

    // The problems decode() would report for encode(bundle), with the paths the records would
    // have in the file (plus records that belong to no site of the bundle). Empty when valid.
    static QStringList problems(const Bundle& bundle);
};

} // namespace sitekeeper
