// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteTree.h"

#include "Enums.h"
#include "SiteTreeModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace sitekeeper {

SiteTree::SiteTree(Store& store, QTreeView* view, QLineEdit* filter, QObject* parent)
    : QObject(parent)
    , m_model(new SiteTreeModel(store, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_view(view) {
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(0);
    m_view->setModel(m_filter);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->expandAll();
    connect(filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT siteSelected(m_filter->mapToSource(current).data(SiteTreeModel::SiteIdRole).toUuid());
            });
}

void SiteTree::setChecker(Checker* checker) {
    m_model->setChecker(checker);
    sizeColumns();
}

void SiteTree::sizeColumns() {
    // Widths from the longest text each column can hold: sizing to contents measures every row of the
    // tree again at each change, and a full check changes all of them (15 s at 2,000 sites).
    QHeaderView* header = m_view->header();
    const QFontMetrics metrics(m_view->font());
    const int decoration = m_view->iconSize().width() > 0 ? m_view->iconSize().width() : 16;
    int coverageWidth = metrics.horizontalAdvance(
        header->model()->headerData(SiteTreeModel::CoverageColumn, Qt::Horizontal).toString());
    for (Coverage coverage : allValues<Coverage>())
        coverageWidth = std::max(coverageWidth, metrics.horizontalAdvance(displayName(coverage)));
    header->setSectionResizeMode(SiteTreeModel::CoverageColumn, QHeaderView::Interactive);
    header->resizeSection(SiteTreeModel::CoverageColumn, coverageWidth + 16);
    header->setSectionResizeMode(SiteTreeModel::ReadyColumn, QHeaderView::Interactive);
    header->resizeSection(
        SiteTreeModel::ReadyColumn,
        std::max(metrics.horizontalAdvance(tr("%1 %").arg(100)),
                 metrics.horizontalAdvance(
                     header->model()->headerData(SiteTreeModel::ReadyColumn, Qt::Horizontal).toString())) +
            decoration + 12);
}

void SiteTree::select(const QUuid& siteId) {
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(siteId));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void SiteTree::selectFirst() {
    if (m_model->siteCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
}

void SiteTree::reload() {
    m_model->reload();
    m_view->expandAll();
}

} // namespace sitekeeper

namespace sitekeeper {

bool SiteTree::refresh() {
    const QUuid current =
        m_filter->mapToSource(m_view->currentIndex()).data(SiteTreeModel::SiteIdRole).toUuid();
    const int scroll = m_view->verticalScrollBar()->value();
    {
        // The selection is put back as it was: nothing for the window to show again.
        const QSignalBlocker quiet(m_view->selectionModel());
        reload();
        const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(current));
        if (index.isValid())
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    }
    m_view->doItemsLayout();
    m_view->verticalScrollBar()->setValue(scroll);
    return current.isNull() || m_model->indexOf(current).isValid();
}

} // namespace sitekeeper
