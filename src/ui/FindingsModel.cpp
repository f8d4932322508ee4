// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsModel.h"

#include "Checker.h"
#include "EntityTypes.h"
#include "Store.h"

#include <QApplication>
#include <QStyle>

namespace sitekeeper {

FindingsModel::FindingsModel(const Checker& checker, Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_checker(checker)
    , m_store(store) {
    reload();
}

void FindingsModel::reload() {
    beginResetModel();
    m_findings = m_checker.findings();
    m_names.clear();
    m_typeNames.clear();
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::siteName(const QUuid& siteId) const {
    if (siteId.isNull())
        return tr("Partner-wide");
    const Checker::SiteResult* site = m_checker.site(siteId);
    return site ? site->siteName : QString();
}

QString FindingsModel::recordName(const Finding& f) const {
    if (f.entity == EntityKind::Site)
        return siteName(f.entityId);
    auto it = m_names.constFind(f.entityId);
    if (it != m_names.constEnd())
        return it.value();
    // One read by primary key per record shown; the answer is kept until the next reload.
    QString name;
    if (f.entity == EntityKind::Approver) {
        // An approver's key is its approval type: the type's name reads better.
        const auto approver = m_store.approvers().get(f.entityId);
        if (approver) {
            if (m_typeNames.isEmpty()) {
                ListQuery all;
                all.limit = -1;
                // Unreadable: logged by the store; the key is shown instead of the name.
                for (const ApprovalType& type : m_store.approvalTypes().list(all).valueOr({}))
                    m_typeNames.insert(type.key, type.displayName());
            }
            name = m_typeNames.value(approver->approvalType, approver->approvalType);
        }
    } else {
        visitEntityType(f.entity, [&]<class T>(std::type_identity<T>) {
            if (const auto record = m_store.repository<T>().get(f.entityId))
                name = record->displayKey();
        });
    }
    m_names.insert(f.entityId, name);
    return name;
}

QIcon FindingsModel::severityIcon(Severity severity) {
    QStyle* style = QApplication::style();
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

bool FindingsModel::hasOneClickFix(const Finding& finding) {
    return finding.action != FixAction::None && finding.action != FixAction::MoveSecretToVault;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding& f = m_findings.at(index.row());
    switch (role) {
    case SeverityRole:
        return int(f.severity);
    case RuleRole:
        return f.rule;
    case SiteIdRole:
        return f.siteId;
    case EntityRole:
        return entityName(f.entity);
    case EntityIdRole:
        return f.entityId;
    case HasFixRole:
        return hasOneClickFix(f);
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityIcon(f.severity)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == FixColumn)
            return index.column() == MessageColumn ? f.message : f.fix;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SeverityColumn:
        return displayName(f.severity);
    case RuleColumn:
        return f.rule;
    case SiteColumn:
        return siteName(f.siteId);
    case RecordColumn: {
        // The site itself is named in the Site column already.
        if (f.entity == EntityKind::Site && f.entityId == f.siteId)
            return tr("Site settings");
        const QString name = recordName(f);
        const QString kind = displayName(f.entity);
        return name.isEmpty() ? kind : tr("%1: %2").arg(kind, name);
    }
    case MessageColumn:
        return f.message;
    case FixColumn:
        return f.fix;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case SiteColumn:
        return tr("Site");
    case RecordColumn:
        return tr("Record");
    case MessageColumn:
        return tr("Message");
    case FixColumn:
        return tr("Fix");
    default:
        return {};
    }
}

} // namespace sitekeeper
