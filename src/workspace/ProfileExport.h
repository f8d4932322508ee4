// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace sitekeeper {

// Writes the client profiles of one site as CSV that spreadsheets open and ProfileImport reads back
// (its generic preset): UTF-8, RFC 4180, formulas neutralised (CsvWriter). Profiles are read a page at
// a time in name order and written as they come, so memory stays at one page however large the site.
class ProfileExport {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ProfileExport)

public:
    // full_name, email, office_phone, mobile_phone, title, vip, status
    static QStringList header();

    explicit ProfileExport(Workspace& workspace);

    // Writes the site's profiles (not deleted) to `device`; returns how many.
    Result<qint64> write(const QUuid& siteId, QIODevice& device, const Workspace::Progress& progress = {});
    // Writes them to the file at `path` atomically (QSaveFile): a failed export leaves no half file and
    // an existing file untouched.
    Result<qint64> writeFile(const QUuid& siteId, const QString& path,
                             const Workspace::Progress& progress = {});

    int pageSize = 2000;

private:
    Workspace& m_workspace;
};

} // namespace sitekeeper
