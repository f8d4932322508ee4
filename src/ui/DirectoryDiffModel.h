// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DirectoryDiff.h"

#include <QAbstractTableModel>
#include <QList>

namespace sitekeeper {

// One list of a directory comparison as the Compare With Directory dialog shows it: the leavers (with
// where they are still used, marked), the joiners, or the changed numbers. Every row has a check box,
// ticked at first; checked() is the part of the report the dialog's action applies to.
class DirectoryDiffModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Kind { Leavers, Joiners, Numbers };

    explicit DirectoryDiffModel(Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    // Shows the kind's list of `report`, every row ticked.
    void setReport(const DirectoryDiff::Report& report);
    void setAllChecked(bool checked);
    int checkedCount() const;
    // The report with only this kind's ticked rows (the other lists empty).
    DirectoryDiff::Report checked() const;

    // "Office phone" for "office_phone".
    static QString numberFieldTitle(const QString& field);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QString text(int row, int column) const;

    Kind m_kind;
    DirectoryDiff::Report m_report;
    QList<bool> m_checked;
};

} // namespace sitekeeper
