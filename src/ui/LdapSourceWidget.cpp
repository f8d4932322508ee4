// SPDX-License-Identifier: GPL-3.0-or-later
#include "LdapSourceWidget.h"

#include "LdapSources.h"
#include "Workspace.h"
#include "ui_LdapSourceWidget.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

namespace sitekeeper {

LdapSourceWidget::LdapSourceWidget(Workspace& workspace, const QUuid& siteId, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LdapSourceWidget>())
    , m_workspace(workspace)
    , m_siteId(siteId) {
    m_ui->setupUi(this);
    m_ui->filterEdit->setPlaceholderText(LdapDirectory::defaultFilter());
    m_ui->filterEdit->setToolTip(
        tr("Which entries are people with an account; empty: Active Directory's user "
           "accounts or an LDAP directory's inetOrgPerson entries"));
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &LdapSourceWidget::browseCaFile);
    connect(m_ui->readButton, &QPushButton::clicked, this, &LdapSourceWidget::read);
    for (QLineEdit* edit : {m_ui->urlEdit, m_ui->baseDnEdit, m_ui->bindDnEdit, m_ui->passwordEdit,
                            m_ui->filterEdit, m_ui->caFileEdit})
        connect(edit, &QLineEdit::returnPressed, m_ui->readButton, &QPushButton::click);
    load();
}

LdapSourceWidget::~LdapSourceWidget() {
    if (m_thread) {
        // The read stops at its next look at the flag (a fifth of a second at most, or the timeout).
        m_work->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void LdapSourceWidget::load() {
    m_remembered = LdapSources::remembered(m_workspace, m_siteId);
    if (!m_remembered)
        return;
    m_ui->urlEdit->setText(m_remembered->url.toString());
    m_ui->startTlsCheck->setChecked(m_remembered->startTls);
    m_ui->baseDnEdit->setText(m_remembered->baseDn);
    m_ui->bindDnEdit->setText(m_remembered->bindDn);
    m_ui->filterEdit->setText(m_remembered->filter);
    m_ui->caFileEdit->setText(m_remembered->caFile);
    m_ui->rememberCheck->setChecked(true);
    // The password stays in the keychain until a read needs it; it is never put into the field.
    m_ui->passwordEdit->setPlaceholderText(tr("Remembered in the keychain"));
}

LdapDirectory::Options LdapSourceWidget::options() const {
    LdapDirectory::Options options;
    options.url = QUrl(m_ui->urlEdit->text().trimmed(), QUrl::StrictMode);
    options.startTls = m_ui->startTlsCheck->isChecked();
    options.baseDn = m_ui->baseDnEdit->text().trimmed();
    options.bindDn = m_ui->bindDnEdit->text().trimmed();
    options.filter = m_ui->filterEdit->text().trimmed();
    options.caFile = m_ui->caFileEdit->text().trimmed();
    return options;
}

QString LdapSourceWidget::sourceName() const {
    const LdapDirectory::Options o = options();
    return tr("%1 (%2)").arg(o.url.toString(QUrl::RemoveUserInfo), o.baseDn);
}

void LdapSourceWidget::browseCaFile() {
    const QString current = m_ui->caFileEdit->text().trimmed();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose the directory's CA certificates"),
                                     current.isEmpty() ? QString() : QFileInfo(current).path(),
                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(file);
}

void LdapSourceWidget::fail(const QString& message) {
    Q_EMIT failed(message);
}

void LdapSourceWidget::read() {
    if (m_thread)
        return;
    const LdapDirectory::Options o = options();
    if (auto checked = LdapDirectory::check(o); !checked) {
        const QString& where = checked.error().where;
        QLineEdit* field = where == QLatin1String("base_dn")   ? m_ui->baseDnEdit
                           : where == QLatin1String("bind_dn") ? m_ui->bindDnEdit
                           : where == QLatin1String("ca_file") ? m_ui->caFileEdit
                                                               : m_ui->urlEdit;
        field->setFocus();
        fail(checked.error().message);
        return;
    }
    const QByteArray typed = m_ui->passwordEdit->text().toUtf8();
    if (!typed.isEmpty()) {
        start(o, typed);
        return;
    }
    // The remembered password, only for the remembered server and account.
    const bool same = m_remembered && m_remembered->url == o.url &&
                      m_remembered->bindDn.compare(o.bindDn, Qt::CaseInsensitive) == 0;
    if (!same) {
        m_ui->passwordEdit->setFocus();
        fail(tr("Type the bind password."));
        return;
    }
    m_ui->readButton->setEnabled(false);
    QPointer<LdapSourceWidget> self(this);
    LdapSources::readPassword(m_workspace, m_siteId, [self, o](Result<QByteArray> password) {
        if (!self)
            return;
        self->m_ui->readButton->setEnabled(true);
        if (!password) {
            self->m_ui->passwordEdit->setFocus();
            self->fail(tr("%1 Type the bind password.").arg(password.error().message));
            return;
        }
        self->start(o, password.value());
    });
}

void LdapSourceWidget::start(const LdapDirectory::Options& options, const QByteArray& password) {
    auto work = std::make_shared<Work>();
    m_work = work;
    m_reading = options;
    m_password = m_ui->rememberCheck->isChecked() ? password : QByteArray();
    m_thread = QThread::create([work, options, password] {
        work->result = LdapDirectory::read(options, password, [work](qint64 entries) {
            work->entries = entries;
            return !work->cancel;
        });
    });
    auto* progress = new QProgressDialog(tr("Reading %1…").arg(sourceName()), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Reading the Directory"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto* tick = new QTimer(progress);
    tick->setInterval(100);
    const QString name = sourceName();
    connect(tick, &QTimer::timeout, progress, [progress, work, name] {
        progress->setLabelText(tr("Reading %1: %n entries…", nullptr, int(work->entries.load())).arg(name));
    });
    tick->start();
    connect(progress, &QProgressDialog::canceled, this, [work] { work->cancel = true; });
    connect(m_thread, &QThread::finished, this, [this, progress] {
        progress->deleteLater();
        finished();
    });
    m_ui->readButton->setEnabled(false);
    m_thread->start();
}

void LdapSourceWidget::finished() {
    m_thread->deleteLater();
    m_thread = nullptr;
    m_ui->readButton->setEnabled(true);
    Result<CsvTable> result = std::move(*m_work->result);
    m_work.reset();
    const QByteArray password = std::exchange(m_password, QByteArray());
    if (!result) {
        fail(result.error().is(Error::Kind::Cancelled) ? tr("Cancelled: nothing was read.")
                                                       : result.error().toString());
        return;
    }
    QPointer<LdapSourceWidget> self(this);
    const auto done = [self](Result<void> kept) {
        if (self && !kept)
            self->fail(tr("The directory was read, but not remembered: %1").arg(kept.error().message));
    };
    if (m_ui->rememberCheck->isChecked()) {
        LdapSources::remember(m_workspace, m_siteId, m_reading, password, done);
        m_remembered = m_reading;
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setPlaceholderText(tr("Remembered in the keychain"));
    } else if (m_remembered) {
        LdapSources::forget(m_workspace, m_siteId, done);
        m_remembered.reset();
        m_ui->passwordEdit->setPlaceholderText(QString());
    }
    Q_EMIT tableRead(result.value());
}

} // namespace sitekeeper
