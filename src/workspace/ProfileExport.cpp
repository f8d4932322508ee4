// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileExport.h"

#include "CsvWriter.h"
#include "Store.h"

#include <QSaveFile>

namespace sitekeeper {

QStringList ProfileExport::header() {
    return {QStringLiteral("full_name"),    QStringLiteral("email"),
            QStringLiteral("office_phone"), QStringLiteral("office_extension"),
            QStringLiteral("mobile_phone"), QStringLiteral("title"),
            QStringLiteral("vip"),          QStringLiteral("status")};
}

ProfileExport::ProfileExport(Workspace& workspace)
    : m_workspace(workspace) {}

Result<qint64> ProfileExport::write(const QUuid& siteId, QIODevice& device,
                                    const Workspace::Progress& progress) {
    Store& store = m_workspace.store();
    if (const auto site = store.sites().get(siteId); !site)
        return site.error();
    ListQuery query;
    query.siteId = siteId;
    query.orderBy = QStringLiteral("full_name");
    query.limit = pageSize;
    qint64 total = -1;
    if (progress) {
        const auto counted = store.profiles().count(query);
        if (!counted)
            return counted.error();
        total = counted.value();
    }

    const auto put = [&device](const CsvWriter& writer) {
        const QByteArray bytes = writer.bytes();
        return device.write(bytes) == bytes.size();
    };
    CsvWriter first;
    first.writeRow(header());
    if (!put(first))
        return Error{tr("Cannot write the export: %1").arg(device.errorString()), QString()};

    qint64 written = 0;
    for (;;) {
        const auto listed = store.profiles().list(query);
        if (!listed)
            return listed.error();
        const QList<ClientProfile>& page = listed.value();
        CsvWriter writer;
        for (const ClientProfile& p : page)
            writer.writeRow({p.fullName, p.email, p.officePhone, p.officeExtension, p.mobilePhone, p.title,
                             p.vip ? QStringLiteral("true") : QStringLiteral("false"), toString(p.status)});
        if (!page.isEmpty() && !put(writer))
            return Error{tr("Cannot write the export: %1").arg(device.errorString()), QString()};
        written += page.size();
        if (progress && !progress(written, total))
            return Error{tr("The export was cancelled."), QString(), Error::Kind::Cancelled};
        if (page.size() < pageSize)
            break;
        query.afterValue = page.constLast().fullName;
        query.afterId = page.constLast().id;
    }
    return written;
}

Result<qint64> ProfileExport::writeFile(const QUuid& siteId, const QString& path,
                                        const Workspace::Progress& progress) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString()), QString()};
    const auto written = write(siteId, file, progress);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString()), QString()};
    return written;
}

} // namespace sitekeeper
