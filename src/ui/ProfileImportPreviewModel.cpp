// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileImportPreviewModel.h"

#include <QColor>
#include <QFont>
#include <QStringList>

namespace sitekeeper {

ProfileImportPreviewModel::ProfileImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ProfileImportPreviewModel::setPreview(const ProfileImport::Preview& preview) {
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

QString ProfileImportPreviewModel::countsText(const ProfileImport::Preview& preview) {
    using Outcome = ProfileImport::Outcome;
    QStringList parts;
    if (const int n = preview.count(Outcome::New))
        parts << tr("%n new", nullptr, n);
    if (const int n = preview.count(Outcome::Update))
        parts << tr("%n update(s)", nullptr, n);
    if (const int n = preview.count(Outcome::Unchanged))
        parts << tr("%n unchanged", nullptr, n);
    if (const int n = preview.count(Outcome::DuplicateInFile) + preview.count(Outcome::DuplicateOf))
        parts << tr("%n duplicate(s)", nullptr, n);
    if (const int n = preview.count(Outcome::Invalid))
        parts << tr("%n invalid", nullptr, n);
    return parts.isEmpty() ? tr("The file has no rows.") : parts.join(QStringLiteral(", "));
}

QString ProfileImportPreviewModel::outcomeText(ProfileImport::Outcome outcome) {
    switch (outcome) {
    case ProfileImport::Outcome::New:
        return tr("New");
    case ProfileImport::Outcome::Update:
        return tr("Update");
    case ProfileImport::Outcome::Unchanged:
        return tr("Unchanged");
    case ProfileImport::Outcome::DuplicateInFile:
        return tr("Duplicate in file");
    case ProfileImport::Outcome::DuplicateOf:
        return tr("Duplicate");
    case ProfileImport::Outcome::Invalid:
        return tr("Invalid");
    }
    return QString();
}

QString ProfileImportPreviewModel::details(const ProfileImport::Row& row) {
    switch (row.outcome) {
    case ProfileImport::Outcome::Update: {
        QStringList changes;
        for (const ProfileImport::Change& change : row.changes)
            changes << tr("%1: %2 → %3")
                           .arg(QString(change.field).replace(QLatin1Char('_'), QLatin1Char(' ')),
                                change.before.isEmpty() ? tr("(empty)") : change.before, change.after);
        return changes.join(QStringLiteral("; "));
    }
    case ProfileImport::Outcome::DuplicateInFile:
        return tr("Same person as row %1 (%2); skipped").arg(row.duplicateOfRow).arg(row.message);
    case ProfileImport::Outcome::DuplicateOf:
        return tr("Already a profile at %1 (%2); not imported").arg(row.otherSite, row.message);
    case ProfileImport::Outcome::Invalid:
        return row.column.isEmpty() ? row.message : tr("Column '%1': %2").arg(row.column, row.message);
    case ProfileImport::Outcome::New:
    case ProfileImport::Outcome::Unchanged:
        break;
    }
    return QString();
}

int ProfileImportPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int ProfileImportPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileImportPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileImport::Row& r = m_preview.rows.at(index.row());
    const bool invalid = r.outcome == ProfileImport::Outcome::Invalid;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RowColumn:
            return r.row;
        case OutcomeColumn:
            return outcomeText(r.outcome);
        case NameColumn:
            return r.profile.fullName;
        case EmailColumn:
            return r.profile.email;
        case CountryColumn:
            return r.country;
        case OfficeColumn:
            return r.profile.officeExtension.isEmpty()
                       ? r.profile.officePhone
                       : tr("%1 ext. %2").arg(r.profile.officePhone, r.profile.officeExtension);
        case MobileColumn:
            return r.profile.mobilePhone;
        case DetailsColumn:
            return details(r);
        }
        break;
    case Qt::BackgroundRole:
        if (invalid)
            return QColor(0xfd, 0xe2, 0xe1);
        break;
    case Qt::ForegroundRole:
        if (invalid)
            return QColor(0x8a, 0x16, 0x10);
        if (r.outcome == ProfileImport::Outcome::Unchanged ||
            r.outcome == ProfileImport::Outcome::DuplicateOf ||
            r.outcome == ProfileImport::Outcome::DuplicateInFile)
            return QColor(0x6b, 0x6b, 0x6b);
        break;
    case Qt::FontRole:
        if (index.column() == OutcomeColumn && invalid) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ProfileImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case OutcomeColumn:
        return tr("Outcome");
    case NameColumn:
        return tr("Full name");
    case EmailColumn:
        return tr("Email");
    case CountryColumn:
        return tr("Country");
    case OfficeColumn:
        return tr("Office phone");
    case MobileColumn:
        return tr("Mobile phone");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace sitekeeper
