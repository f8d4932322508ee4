// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUuid>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace sitekeeper {

class Checker;
class SiteTreeModel;
class Store;

// The console's site tree: parent and child sites with coverage and readiness, filtered by name as the
// user types in `filter` (the ancestors of a match stay visible).
class SiteTree : public QObject {
    Q_OBJECT

public:
    SiteTree(Store& store, QTreeView* view, QLineEdit* filter, QObject* parent);

    SiteTreeModel* model() const { return m_model; }
    // The readiness column follows the checker's results.
    void setChecker(Checker* checker);
    void select(const QUuid& siteId);
    void selectFirst();
    // Reads the sites again (all expanded).
    void reload();
    // Reads the sites again after a pull, keeping the selected site (without announcing it again) and
    // the scroll position. False when the selected site is gone.
    bool refresh();

Q_SIGNALS:
    void siteSelected(const QUuid& siteId);

private:
    void sizeColumns();

    SiteTreeModel* m_model;
    QSortFilterProxyModel* m_filter;
    QTreeView* m_view;
};

} // namespace sitekeeper
