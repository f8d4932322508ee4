// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntraSourcePanel.h"

#include "Workspace.h"
#include "ui_EntraSourcePanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace sitekeeper {

EntraSourcePanel::EntraSourcePanel(Workspace& workspace, const QUuid& siteId, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EntraSourcePanel>())
    , m_workspace(workspace)
    , m_siteId(siteId) {
    m_ui->setupUi(this);
    // Never squeezed below what it shows: the code box appears after the dialog was laid out.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    QFont codeFont = m_ui->codeLabel->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.6);
    codeFont.setBold(true);
    codeFont.setStyleHint(QFont::Monospace);
    m_ui->codeLabel->setFont(codeFont);
    if (const auto source = GraphDirectory::rememberedSource(m_workspace, m_siteId)) {
        m_ui->tenantEdit->setText(source->tenant);
        m_ui->clientIdEdit->setText(source->clientId);
    }
    connect(m_ui->signInButton, &QPushButton::clicked, this, &EntraSourcePanel::signIn);
    connect(m_ui->readButton, &QPushButton::clicked, this, &EntraSourcePanel::readUsers);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &EntraSourcePanel::cancel);
    connect(m_ui->copyCodeButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_code.userCode); });
    setIdle(QString(), false);
}

EntraSourcePanel::~EntraSourcePanel() = default;

bool EntraSourcePanel::isBusy() const {
    return m_directory && m_directory->isBusy();
}

bool EntraSourcePanel::makeDirectory() {
    const GraphSource source{m_ui->tenantEdit->text().trimmed(), m_ui->clientIdEdit->text().trimmed()};
    const auto config = GraphDirectory::configFromEnvironment(source);
    if (!config) {
        setIdle(config.error().toString(), true);
        (config.error().where == QLatin1String("client id") ? m_ui->clientIdEdit : m_ui->tenantEdit)
            ->setFocus();
        return false;
    }
    m_directory = std::make_unique<GraphDirectory>(m_workspace.vault(), m_workspace.id(), config.value());
    connect(m_directory.get(), &GraphDirectory::usersRead, this, [this](int count) {
        m_ui->codeBox->hide();
        m_ui->progressBar->setFormat(tr("%n user(s) read", nullptr, count));
    });
    connect(m_directory.get(), &GraphDirectory::waiting, this, [this](int seconds) {
        if (m_ui->codeBox->isHidden())
            m_ui->progressBar->setFormat(tr("Microsoft Graph asked to wait %n second(s)…", nullptr, seconds));
    });
    return true;
}

void EntraSourcePanel::showCode(const GraphDirectory::DeviceCode& code) {
    m_code = code;
    // The code is copied at once: the page asks for it first.
    QGuiApplication::clipboard()->setText(code.userCode);
    const QString uri = code.verificationUri.toHtmlEscaped();
    const bool link = code.verificationUri.startsWith(QLatin1String("https://"));
    m_ui->codeMessageLabel->setText(tr("Open %1 in your web browser and enter this code:")
                                        .arg(link ? QStringLiteral("<a href=\"%1\">%1</a>").arg(uri) : uri));
    m_ui->codeMessageLabel->setToolTip(code.message);
    m_ui->codeLabel->setText(code.userCode);
    m_ui->codeBox->show();
    m_ui->progressBar->setFormat(tr("Waiting for the sign-in…"));
}

void EntraSourcePanel::setBusy(const QString& text) {
    for (QWidget* w : {static_cast<QWidget*>(m_ui->tenantEdit), static_cast<QWidget*>(m_ui->clientIdEdit),
                       static_cast<QWidget*>(m_ui->signInButton), static_cast<QWidget*>(m_ui->readButton)})
        w->setEnabled(false);
    m_ui->cancelButton->setEnabled(true);
    m_ui->progressBar->setRange(0, 0); // how long the sign-in or the pages take is not known
    m_ui->progressBar->setFormat(text);
    m_ui->progressBar->show();
    m_ui->statusLabel->clear();
    m_ui->statusLabel->hide();
    Q_EMIT busyChanged(true);
}

void EntraSourcePanel::setIdle(const QString& status, bool error) {
    for (QWidget* w : {static_cast<QWidget*>(m_ui->tenantEdit), static_cast<QWidget*>(m_ui->clientIdEdit),
                       static_cast<QWidget*>(m_ui->signInButton), static_cast<QWidget*>(m_ui->readButton)})
        w->setEnabled(true);
    m_ui->cancelButton->setEnabled(false);
    m_ui->codeBox->hide();
    m_ui->progressBar->hide();
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #a4262c;") : QString());
    m_ui->statusLabel->setText(status);
    m_ui->statusLabel->setVisible(!status.isEmpty());
    Q_EMIT busyChanged(false);
}

void EntraSourcePanel::signIn() {
    if (isBusy() || !makeDirectory())
        return;
    setBusy(tr("Asking Microsoft Entra ID for a code…"));
    m_directory->signIn([this](const GraphDirectory::DeviceCode& code) { showCode(code); },
                        [this](Result<void> signedIn) {
                            if (signedIn)
                                setIdle(tr("Signed in. Choose Read Users."), false);
                            else
                                setIdle(signedIn.error().toString(),
                                        !signedIn.error().is(Error::Kind::Cancelled));
                        });
}

void EntraSourcePanel::readUsers() {
    if (isBusy() || !makeDirectory())
        return;
    setBusy(tr("Reading the users…"));
    const GraphSource source{m_directory->config().tenant, m_directory->config().clientId};
    m_directory->read(
        [this](const GraphDirectory::DeviceCode& code) { showCode(code); },
        [this, source](Result<CsvTable> table) {
            if (!table) {
                setIdle(table.error().toString(), !table.error().is(Error::Kind::Cancelled));
                return;
            }
            const auto remembered = GraphDirectory::rememberSource(m_workspace, m_siteId, source);
            setIdle(remembered ? tr("%n user(s) read.", nullptr, int(table->rows.size()))
                               : tr("The users were read, but the tenant could not be remembered "
                                    "for the site: %1")
                                     .arg(remembered.error().toString()),
                    !remembered);
            Q_EMIT usersRead(table.value(), tr("Microsoft Entra ID (%1)").arg(source.tenant));
        });
}

void EntraSourcePanel::cancel() {
    if (m_directory)
        m_directory->cancel();
}

} // namespace sitekeeper
