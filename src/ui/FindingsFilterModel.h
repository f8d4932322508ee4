// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"

#include <QSortFilterProxyModel>
#include <QUuid>

#include <optional>

namespace sitekeeper {

// The Findings panel's filters over a FindingsModel: severity, rule, site and words in the row.
// Sorting by the severity column puts errors first.
class FindingsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject* parent = nullptr);

    void setSeverity(std::optional<Severity> severity);
    std::optional<Severity> severity() const { return m_severity; }
    void setRule(const QString& ruleId); // empty: every rule
    QString rule() const { return m_rule; }
    void setSite(const QUuid& siteId); // null: every site
    QUuid site() const { return m_site; }
    void setText(const QString& text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    std::optional<Severity> m_severity;
    QString m_rule;
    QUuid m_site;
    QString m_text;
};

} // namespace sitekeeper
