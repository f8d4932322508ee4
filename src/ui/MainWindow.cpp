#include "MainWindow.h"

#include "Enums.h"
#include "SiteListModel.h"
#include "Workspace.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

namespace sitekeeper {

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_workspace(workspace) {
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/sitekeeper.svg")));
    setWindowTitle(tr("Sitekeeper — %1").arg(workspace.folder()));

    m_sites = new SiteListModel(workspace.store(), this);
    m_ui->siteView->setModel(m_sites);
    m_ui->siteView->horizontalHeader()->setSectionResizeMode(SiteListModel::NameColumn,
                                                             QHeaderView::Interactive);
    m_ui->siteView->setColumnWidth(SiteListModel::NameColumn, 260);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);

    // Typing waits a moment before querying, so a fast typist costs one query, not one per key.
    auto* filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(150);
    connect(m_ui->siteFilter, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this, [this] {
        m_sites->setFilter(m_ui->siteFilter->text().trimmed());
        updateStatus();
    });
    connect(m_ui->siteView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedSite);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);

    m_ui->detailStack->setCurrentWidget(
        m_sites->totalCount() == 0 && m_sites->filter().isEmpty() ? m_ui->welcomePage : m_ui->sitePage);
    updateStatus();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    event->accept();
}

void MainWindow::showSelectedSite() {
    const Site* site = m_sites->siteAt(m_ui->siteView->currentIndex().row());
    if (!site)
        return;
    m_ui->detailStack->setCurrentWidget(m_ui->sitePage);
    m_ui->siteTitle->setText(QStringLiteral("<h2>%1</h2>").arg(site->name.toHtmlEscaped()));
    QStringList lines;
    lines << tr("<b>Coverage:</b> %1").arg(displayName(site->coverage));
    lines << tr("<b>Activation:</b> %1").arg(displayName(site->activationStatus));
    lines << tr("<b>Answer as:</b> %1")
                 .arg(site->answerAs == AnswerAs::Custom ? site->answerAsText.toHtmlEscaped()
                                                         : displayName(site->answerAs));
    lines << tr("<b>Email domains:</b> %1")
                 .arg(site->emailDomains.isEmpty()
                          ? tr("none")
                          : site->emailDomains.join(QStringLiteral(", ")).toHtmlEscaped());
    lines << tr("<b>Time zone:</b> %1").arg(site->timeZone.isEmpty() ? tr("not set") : site->timeZone);
    if (site->goLiveDate.isValid())
        lines << tr("<b>Go-live:</b> %1").arg(QLocale().toString(site->goLiveDate, QLocale::ShortFormat));
    if (!site->champion.isEmpty())
        lines << tr("<b>Champion:</b> %1").arg(site->champion.toHtmlEscaped());
    m_ui->siteSummary->setText(lines.join(QStringLiteral("<br>")));
}

void MainWindow::updateStatus() {
    const Workspace::Counts counts = m_workspace.counts();
    statusBar()->showMessage(tr("%1 sites shown · %2 sites · %3 client profiles · %4 references")
                                 .arg(m_sites->totalCount())
                                 .arg(counts.sites)
                                 .arg(counts.clientProfiles)
                                 .arg(counts.references));
}

void MainWindow::about() {
    QMessageBox::about(
        this, tr("About Sitekeeper"),
        tr("<h3>Sitekeeper %1</h3><p>The partner console for an outsourced Help Desk service: "
           "sites, client profiles, references, approvers, notification rules and credentials, "
           "checked against the service's best practices.</p>")
            .arg(QStringLiteral(SITEKEEPER_VERSION)));
}

} // namespace sitekeeper
