// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectDialog.h"

#include "BackendConnection.h"
#include "BackendSettings.h"
#include "Workspace.h"
#include "ui_ConnectDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QPointer>
#include <QPushButton>

namespace sitekeeper {

namespace {

// "Dana Ortiz (Editor) of Brightpath"
QString who(const protocol::Me& me) {
    return ConnectDialog::tr("%1 (%2) of %3")
        .arg(me.member.name, protocol::displayName(me.member.role), me.tenantName);
}

} // namespace

ConnectDialog::ConnectDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
    , m_workspace(workspace) {
    m_ui->setupUi(this);
    const BackendSettings settings(workspace.folder());
    const QUrl url = settings.isConfigured() ? settings.url() : settings.previousUrl();
    m_ui->url->setText(url.toString());
    m_ui->caFile->setText(settings.caFile());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_ui->resultLabel->hide();
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_ui->chooseCaFile, &QPushButton::clicked, this, &ConnectDialog::chooseCaFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (url.isEmpty() ? m_ui->url : m_ui->token)->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::resultText() const {
    return m_ui->resultLabel->text();
}

void ConnectDialog::chooseCaFile() {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("CA file of the backend's certificate"), m_ui->caFile->text(),
                                     tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFile->setText(file);
}

void ConnectDialog::setBusy(bool busy, const QString& message) {
    m_busy = busy;
    m_ui->testButton->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_ui->resultLabel->setStyleSheet(QString());
        m_ui->resultLabel->setText(message);
        m_ui->resultLabel->show();
    }
}

void ConnectDialog::showResult(bool ok, const QString& message) {
    setBusy(false, QString());
    m_ui->resultLabel->setStyleSheet(ok ? QString() : QStringLiteral("QLabel { color: #b42318; }"));
    m_ui->resultLabel->setText(message);
    m_ui->resultLabel->show();
    Q_EMIT answered(ok);
}

void ConnectDialog::testConnection() {
    if (m_busy)
        return;
    setBusy(true, tr("Testing the connection…"));
    QPointer<ConnectDialog> self(this);
    BackendConnection::test(QUrl(m_ui->url->text().trimmed()), m_ui->token->text().trimmed().toUtf8(),
                            m_ui->caFile->text().trimmed(), [self](Result<protocol::Me> me) {
                                if (!self)
                                    return;
                                if (!me)
                                    self->showResult(false, me.error().message);
                                else
                                    self->showResult(true, tr("Connected: the token is %1.").arg(who(*me)));
                            });
}

void ConnectDialog::accept() {
    if (m_busy)
        return;
    setBusy(true, tr("Signing in…"));
    QPointer<ConnectDialog> self(this);
    BackendConnection::signIn(m_workspace, QUrl(m_ui->url->text().trimmed()),
                              m_ui->token->text().trimmed().toUtf8(), m_ui->caFile->text().trimmed(),
                              [self](Result<protocol::Me> me) {
                                  if (!self)
                                      return;
                                  if (!me) {
                                      self->showResult(false, me.error().message);
                                      return;
                                  }
                                  self->showResult(true, tr("Signed in as %1.").arg(who(*me)));
                                  self->m_ui->token->clear();
                                  self->QDialog::accept();
                              });
}

} // namespace sitekeeper
