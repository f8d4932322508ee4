// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProfileImport.h"

#include <QAbstractTableModel>

namespace sitekeeper {

// The rows of a ProfileImport preview as the import wizard lists them: what happens to each row of
// the file, the profile as it will be written (numbers already in E.164), and why (the changes of an
// update, where the duplicate is, what makes a row invalid). Invalid rows are tinted.
class ProfileImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RowColumn,
        OutcomeColumn,
        NameColumn,
        EmailColumn,
        CountryColumn,
        OfficeColumn,
        MobileColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit ProfileImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const ProfileImport::Preview& preview);
    const ProfileImport::Preview& preview() const { return m_preview; }
    const ProfileImport::Row& row(int index) const { return m_preview.rows.at(index); }

    // "12 new, 3 updates, 1 duplicate, 2 invalid"
    static QString countsText(const ProfileImport::Preview& preview);
    static QString outcomeText(ProfileImport::Outcome outcome);
    static QString details(const ProfileImport::Row& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProfileImport::Preview m_preview;
};

} // namespace sitekeeper
