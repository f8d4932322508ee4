// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleDocks.h"

#include "DashboardView.h"
#include "Finding.h"
#include "FindingsPanel.h"
#include "ReviewQueueView.h"
#include "Store.h"
#include "Workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace sitekeeper {

ConsoleDocks::ConsoleDocks(Workspace& workspace, Checker& checker, QMainWindow* window, QMenu* viewMenu)
    : QObject(window)
    , m_workspace(workspace)
    , m_checker(checker)
    , m_window(window)
    , m_viewMenu(viewMenu) {
    m_findings = new FindingsPanel(checker, workspace.store(), window);
    m_findingsDock = addDock(tr("&Findings"), QStringLiteral("findingsDock"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_findingsDock->setWidget(m_findings);
    m_findingsDock->toggleViewAction()->setObjectName(QStringLiteral("actionFindings"));
    connect(m_findings, &FindingsPanel::openRequested, this, &ConsoleDocks::openRequested);

    m_reviewDock = addLazyDock(
        [this]() -> QWidget* {
            auto* review = new ReviewQueueView(m_workspace, m_window);
            review->setObjectName(QStringLiteral("reviewQueue"));
            connect(review, &ReviewQueueView::openRequested, this,
                    [this](EntityKind entity, const QUuid& id) {
                        Finding target;
                        target.entity = entity;
                        target.entityId = id;
                        target.siteId = m_workspace.store().repository(entity).siteOfRecord(id);
                        Q_EMIT openRequested(target);
                    });
            return review;
        },
        tr("&Review Queue"), QStringLiteral("reviewDock"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_dashboardDock = addLazyDock(
        [this]() -> QWidget* {
            auto* dashboard = new DashboardView(m_workspace, m_checker, m_window);
            dashboard->setObjectName(QStringLiteral("dashboard"));
            return dashboard;
        },
        tr("&Dashboard"), QStringLiteral("dashboardDock"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    window->tabifyDockWidget(m_findingsDock, m_reviewDock);
    window->tabifyDockWidget(m_reviewDock, m_dashboardDock);
}

QDockWidget* ConsoleDocks::addDock(const QString& title, const QString& name, const QKeySequence& key) {
    auto* dock = new QDockWidget(QString(title).remove(QLatin1Char('&')), m_window);
    dock->setObjectName(name);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::RightDockWidgetArea);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    QAction* toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("action") + name);
    toggle->setText(title);
    toggle->setShortcut(key);
    m_viewMenu->addAction(toggle);
    m_window->addAction(toggle);
    return dock;
}

QDockWidget* ConsoleDocks::addLazyDock(const std::function<QWidget*()>& make, const QString& title,
                                       const QString& name, const QKeySequence& key) {
    QDockWidget* dock = addDock(title, name, key);
    connect(dock, &QDockWidget::visibilityChanged, this, [dock, make](bool visible) {
        if (visible && !dock->widget())
            dock->setWidget(make());
    });
    return dock;
}

} // namespace sitekeeper
