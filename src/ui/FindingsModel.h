// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace sitekeeper {

class Checker;
class Store;

// The Checker's findings as a table, one row per finding (partner-wide first, then by site name).
// Rebuilt whenever the Checker reports new findings; the names of the records are read from the
// store when a row is first shown, not for the whole list.
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        RuleColumn,
        SiteColumn,
        RecordColumn,
        MessageColumn,
        FixColumn,
        ColumnCount
    };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Severity): sorts errors first
        RuleRole,                        // "SK101"
        SiteIdRole,
        EntityRole,
        EntityIdRole,
        HasFixRole, // a one-click fix exists (FixAction other than None and MoveSecretToVault)
    };

    FindingsModel(const Checker& checker, Store& store, QObject* parent = nullptr);

    // Reads the Checker's findings again.
    void reload();
    const Finding& finding(int row) const { return m_findings.at(row); }
    const Findings& findings() const { return m_findings; }

    // The name of a record ("Ada Lovelace"), for people.
    QString recordName(const Finding& finding) const;
    QString siteName(const QUuid& siteId) const;
    static QIcon severityIcon(Severity severity);
    // Whether the console applies this finding's fix in one click (MoveSecretToVault opens an editor).
    static bool hasOneClickFix(const Finding& finding);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Checker& m_checker;
    Store& m_store;
    Findings m_findings;
    mutable QHash<QUuid, QString> m_names;       // record id -> display name, filled as rows are shown
    mutable QHash<QString, QString> m_typeNames; // approval type key -> name
};

} // namespace sitekeeper
