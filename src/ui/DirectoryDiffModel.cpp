// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryDiffModel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace sitekeeper {

namespace {

enum LeaverColumn { LeaverName, LeaverEmail, LeaverDirectory, LeaverUsedAs, LeaverColumns };
enum JoinerColumn {
    JoinerRow,
    JoinerName,
    JoinerEmail,
    JoinerOffice,
    JoinerMobile,
    JoinerTitle,
    JoinerColumns
};
enum NumberColumn { NumberRow, NumberName, NumberField, NumberStored, NumberDirectory, NumberColumns };

} // namespace

DirectoryDiffModel::DirectoryDiffModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind) {}

void DirectoryDiffModel::setReport(const DirectoryDiff::Report& report) {
    beginResetModel();
    m_report = report;
    qsizetype size = 0;
    switch (m_kind) {
    case Kind::Leavers:
        size = report.leavers.size();
        break;
    case Kind::Joiners:
        size = report.joiners.size();
        break;
    case Kind::Numbers:
        size = report.changedNumbers.size();
        break;
    }
    m_checked = QList<bool>(size, true);
    endResetModel();
    Q_EMIT checkedChanged();
}

void DirectoryDiffModel::setAllChecked(bool checked) {
    if (m_checked.isEmpty())
        return;
    m_checked.fill(checked);
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

int DirectoryDiffModel::checkedCount() const {
    return int(m_checked.count(true));
}

DirectoryDiff::Report DirectoryDiffModel::checked() const {
    DirectoryDiff::Report part;
    part.siteId = m_report.siteId;
    for (int row = 0; row < m_checked.size(); ++row) {
        if (!m_checked.at(row))
            continue;
        switch (m_kind) {
        case Kind::Leavers:
            part.leavers.append(m_report.leavers.at(row));
            break;
        case Kind::Joiners:
            part.joiners.append(m_report.joiners.at(row));
            break;
        case Kind::Numbers:
            part.changedNumbers.append(m_report.changedNumbers.at(row));
            break;
        }
    }
    return part;
}

QString DirectoryDiffModel::numberFieldTitle(const QString& field) {
    return field == QLatin1String("office_phone") ? tr("Office phone") : tr("Mobile phone");
}

int DirectoryDiffModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_checked.size());
}

int DirectoryDiffModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case Kind::Leavers:
        return LeaverColumns;
    case Kind::Joiners:
        return JoinerColumns;
    case Kind::Numbers:
        return NumberColumns;
    }
    return 0;
}

QString DirectoryDiffModel::text(int row, int column) const {
    switch (m_kind) {
    case Kind::Leavers: {
        const DirectoryDiff::Leaver& l = m_report.leavers.at(row);
        switch (column) {
        case LeaverName:
            return l.profile.fullName;
        case LeaverEmail:
            return l.profile.email;
        case LeaverDirectory:
            return l.disabledInDirectory ? tr("Account disabled") : tr("Not in the directory");
        case LeaverUsedAs:
            return l.usedAs.isEmpty() ? tr("—") : l.usedAs.join(QStringLiteral("; "));
        }
        break;
    }
    case Kind::Joiners: {
        const DirectoryDiff::Joiner& j = m_report.joiners.at(row);
        switch (column) {
        case JoinerRow:
            return QString::number(j.row);
        case JoinerName:
            return j.profile.fullName;
        case JoinerEmail:
            return j.profile.email;
        case JoinerOffice:
            return j.profile.officePhone;
        case JoinerMobile:
            return j.profile.mobilePhone;
        case JoinerTitle:
            return j.profile.title;
        }
        break;
    }
    case Kind::Numbers: {
        const DirectoryDiff::NumberChange& c = m_report.changedNumbers.at(row);
        switch (column) {
        case NumberRow:
            return QString::number(c.row);
        case NumberName:
            return c.profile.fullName;
        case NumberField:
            return numberFieldTitle(c.field);
        case NumberStored:
            return c.before.isEmpty() ? tr("(empty)") : c.before;
        case NumberDirectory:
            return c.after;
        }
        break;
    }
    }
    return QString();
}

QVariant DirectoryDiffModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // A leaver who still approves something is the one to act on first: marked in every column.
    const bool stillUsed = m_kind == Kind::Leavers && !m_report.leavers.at(index.row()).usedAs.isEmpty();
    const bool rowColumn = m_kind != Kind::Leavers && index.column() == 0;
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole:
        if (stillUsed)
            return tr("Still used as %1. After disabling, choose someone else (the rulebook reports a "
                      "disabled "
                      "approver as SK405).")
                .arg(m_report.leavers.at(index.row()).usedAs.join(QStringLiteral("; ")));
        return text(index.row(), index.column());
    case Qt::CheckStateRole:
        if (index.column() == 0)
            return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::DecorationRole:
        if (stillUsed && index.column() == LeaverUsedAs)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ForegroundRole:
        if (stillUsed && index.column() == LeaverUsedAs)
            return QColor(0x8a, 0x16, 0x10);
        break;
    case Qt::FontRole:
        if (stillUsed && (index.column() == LeaverName || index.column() == LeaverUsedAs)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (rowColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool DirectoryDiffModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || index.column() != 0 ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = Qt::CheckState(value.toInt()) == Qt::Checked;
    if (m_checked.at(index.row()) == checked)
        return true;
    m_checked[index.row()] = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags DirectoryDiffModel::flags(const QModelIndex& index) const {
    // Views ask for the flags of the root (an invalid index) too.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == 0)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant DirectoryDiffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_kind) {
    case Kind::Leavers: {
        const QStringList titles{tr("Full name"), tr("Email"), tr("In the directory"), tr("Still used as")};
        return titles.value(section);
    }
    case Kind::Joiners: {
        const QStringList titles{tr("Row"),          tr("Full name"),    tr("Email"),
                                 tr("Office phone"), tr("Mobile phone"), tr("Job title")};
        return titles.value(section);
    }
    case Kind::Numbers: {
        const QStringList titles{tr("Row"), tr("Full name"), tr("Number"), tr("Stored"),
                                 tr("In the directory")};
        return titles.value(section);
    }
    }
    return {};
}

} // namespace sitekeeper
