// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace sitekeeper {

// A whole input file read at once; "-" reads standard input (the command line's convention).
class InputFile {
public:
    // The error names the file and says why it could not be read (Error::message is the system's
    // reason alone, for callers that word the sentence themselves).
    static Result<QByteArray> read(const QString& path);
};

} // namespace sitekeeper
