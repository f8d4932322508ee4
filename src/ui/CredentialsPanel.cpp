// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialsPanel.h"

#include "BackendClient.h"
#include "BackendConnection.h"
#include "BackendSettings.h"
#include "CredentialEditor.h"
#include "CredentialService.h"
#include "CredentialSharing.h"
#include "MemberRights.h"
#include "PasswordGenerator.h"
#include "RecordListModel.h"
#include "RecordTab.h"
#include "ShareDialog.h"
#include "Store.h"
#include "Workspace.h"
#include "rules/CredentialRotation.h"
#include "ui_CredentialsPanel.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QShortcut>
#include <QTableView>

namespace sitekeeper {

namespace {
QVariant text(int role, const QString& value) {
    return role == Qt::DisplayRole ? QVariant(value) : QVariant();
}

// The keychain answers later, and the credential service belongs to the workspace, which may outlive
// the panel (its window closed meanwhile): an answer for a panel that is gone is dropped.
template <class Done>
auto whileAlive(CredentialsPanel* panel, Done done) {
    return [panel = QPointer<CredentialsPanel>(panel), done = std::move(done)](auto result) {
        if (panel)
            done(std::move(result));
    };
}
} // namespace

CredentialsPanel::CredentialsPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CredentialsPanel>())
    , m_workspace(workspace)
    , m_service(workspace.credentials()) {
    m_ui->setupUi(this);
    using Column = RecordListModel<CredentialRecord>::Column;
    auto* model = new RecordListModel<CredentialRecord>(
        workspace.store().credentials(),
        {Column{tr("Label"), QString(),
                [](const CredentialRecord& c, int role) {
                    return text(role, c.label);
                }},
         Column{tr("Kind"), QStringLiteral("kind"),
                [](const CredentialRecord& c, int role) {
                    return text(role, displayName(c.kind));
                }},
         Column{tr("System"), QStringLiteral("system"),
                [](const CredentialRecord& c, int role) {
                    return text(role, c.system);
                }},
         Column{tr("Username"), QStringLiteral("username"),
                [](const CredentialRecord& c, int role) {
                    return text(role, c.username);
                }},
         Column{tr("MFA"), QStringLiteral("has_mfa"),
                [](const CredentialRecord& c, int role) {
                    return text(role, c.hasMfa || c.hasTotp ? tr("yes") : tr("no"));
                }},
         Column{tr("Last rotated"), QStringLiteral("last_rotated"),
                [](const CredentialRecord& c, int role) {
                    return text(role, c.lastRotated.toString(Qt::ISODate));
                }},
         Column{tr("Shared with"), QStringLiteral("shared_with"), [](const CredentialRecord& c, int role) {
                    return text(role, CredentialSharing::describe(c.sharedWith));
                }}});
    m_list = new RecordTab(model, this);
    m_ui->listLayout->addWidget(m_list);
    m_list->addBulkAction(tr("Re&veal"), QStringLiteral("Reveal secret"),
                          [this](const QList<QUuid>& ids) { reveal(ids.constFirst()); });
    m_list->addBulkAction(tr("&Copy"), QStringLiteral("Copy secret"),
                          [this](const QList<QUuid>& ids) { copy(ids.constFirst()); });
    m_list->addBulkAction(tr("R&otate…"), QStringLiteral("Rotate secret"),
                          [this](const QList<QUuid>& ids) { rotate(ids.constFirst()); });
    m_list->addBulkAction(tr("S&hare…"), QStringLiteral("Share secret"),
                          [this](const QList<QUuid>& ids) { share(ids.constFirst()); });
    connect(m_ui->shareButton, &QPushButton::clicked, this, [this] {
        if (!m_selected.isNull())
            share(m_selected);
    });
    auto* shareShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this);
    connect(shareShortcut, &QShortcut::activated, m_ui->shareButton, &QPushButton::click);
    m_ui->accessList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Reading a secret is reading; adding, rotating and removing need the role that edits credentials.
    const auto updateRights = [this] {
        const MemberRights rights(m_workspace);
        const QString edit = rights.toEdit(EntityKind::Credential);
        m_list->setForbidden(
            edit, rights.toRemove(EntityKind::Credential),
            {{QStringLiteral("Rotate secret"), edit}, {QStringLiteral("Share secret"), edit}});
        m_ui->shareButton->setEnabled(edit.isEmpty());
        m_ui->shareButton->setToolTip(edit.isEmpty() ? tr("Choose who may read this secret (Ctrl+Shift+H)")
                                                     : edit);
    };
    connect(&m_workspace, &Workspace::identityChanged, this, updateRights);
    updateRights();
    connect(m_list, &RecordTab::newRequested, this, [this] { edit(std::nullopt); });
    connect(m_list, &RecordTab::editRequested, this, [this](const QUuid& id) { edit(id); });
    connect(m_list, &RecordTab::removeRequested, this, &CredentialsPanel::remove);
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CredentialsPanel::showSelected);
    connect(&m_service, &CredentialService::credentialChanged, this, [this](const QUuid& id) {
        m_list->model()->reload();
        m_list->select(id);
    });

    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(revealSeconds * 1000);
    connect(&m_hideTimer, &QTimer::timeout, this, &CredentialsPanel::hideSecret);
    m_totpTimer.setInterval(1000);
    connect(&m_totpTimer, &QTimer::timeout, this, &CredentialsPanel::tickTotp);

    // Without a keychain everything but the secrets keeps working; say so once, plainly.
    m_service.checkAvailable(whileAlive(this, [this](Result<void> available) {
        m_ui->keychainStatus->setVisible(!available.ok());
        if (!available)
            m_ui->keychainStatus->setText(
                tr("<b>Secrets are unavailable:</b> %1").arg(available.error().message.toHtmlEscaped()));
    }));
    m_ui->keychainStatus->setVisible(false);
}

CredentialsPanel::~CredentialsPanel() = default;

void CredentialsPanel::setSite(const QUuid& siteId) {
    m_siteId = siteId;
    hideSecret();
    m_list->model()->setSite(siteId);
    showSelected();
}

void CredentialsPanel::refresh() {
    m_list->refresh();
}

void CredentialsPanel::showSelected() {
    hideSecret();
    m_totp.reset();
    m_totpTimer.stop();
    m_ui->totpCode->setText(QStringLiteral("—"));
    m_ui->totpCountdown->setValue(0);
    const QList<QUuid> ids = m_list->selectedIds();
    m_selected = ids.isEmpty() ? QUuid() : ids.constFirst();
    const auto record = m_selected.isNull() ? Result<CredentialRecord>(Error{})
                                            : m_workspace.store().credentials().get(m_selected);
    m_ui->detailBox->setEnabled(record.ok());
    m_ui->accessList->clear();
    if (!record) {
        m_ui->lastRotated->setText(QStringLiteral("—"));
        m_ui->sharedWith->setText(QStringLiteral("—"));
        m_ui->sharingStatus->setText(QStringLiteral("—"));
        return;
    }
    const CredentialRecord& c = *record;
    QString rotated =
        c.lastRotated.isValid() ? QLocale().toString(c.lastRotated, QLocale::ShortFormat) : tr("never");
    if (isRotationOverdue(c, QDate::currentDate()))
        rotated += tr(" — overdue for rotation");
    m_ui->lastRotated->setText(rotated);
    showSharing(c);
    if (c.hasTotp) {
        const QUuid id = c.id;
        m_service.readTotp(id, whileAlive(this, [this, id](Result<Totp::Parameters> parameters) {
                               if (id != m_selected)
                                   return;
                               if (!parameters) {
                                   m_ui->totpCode->setText(parameters.error().message.toHtmlEscaped());
                                   return;
                               }
                               m_totp = *parameters;
                               m_ui->totpCountdown->setMaximum(m_totp->period);
                               tickTotp();
                               m_totpTimer.start();
                           }));
    }
}

void CredentialsPanel::tickTotp() {
    if (!m_totp)
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_ui->totpCode->setText(QStringLiteral("<b style='font-size:14pt'>%1</b>").arg(Totp::code(*m_totp, now)));
    m_ui->totpCountdown->setValue(Totp::secondsRemaining(*m_totp, now));
}

void CredentialsPanel::hideSecret() {
    m_hideTimer.stop();
    m_ui->secretValue->setText(QStringLiteral("••••••••"));
}

void CredentialsPanel::reveal(const QUuid& id) {
    m_service.readSecret(id, whileAlive(this, [this, id](Result<QByteArray> secret) {
                             if (!secret)
                                 return showError(secret.error().toString());
                             if (id != m_selected)
                                 return;
                             m_ui->secretValue->setText(QString::fromUtf8(*secret).toHtmlEscaped());
                             m_hideTimer.start();
                             Q_EMIT secretShown();
                         }));
}

void CredentialsPanel::copy(const QUuid& id) {
    m_service.readSecret(
        id, whileAlive(this, [this](Result<QByteArray> secret) {
            if (!secret)
                return showError(secret.error().toString());
            auto* data = new QMimeData;
            data->setText(QString::fromUtf8(*secret));
            // Clipboard managers that honour it (KDE's Klipper, others) keep this out of their history.
            data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
            QGuiApplication::clipboard()->setMimeData(data);
            const QString copied = QString::fromUtf8(*secret);
            // Cleared after a while, unless the user has copied something else since.
            QTimer::singleShot(clipboardSeconds * 1000, QGuiApplication::clipboard(), [copied] {
                if (QGuiApplication::clipboard()->text() == copied)
                    QGuiApplication::clipboard()->clear();
            });
            Q_EMIT secretCopied();
        }));
}

void CredentialsPanel::rotate(const QUuid& id) {
    bool ok = false;
    QString secret = QInputDialog::getText(this, tr("Rotate secret"),
                                           tr("New secret (leave empty to generate a strong one):"),
                                           QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (secret.isEmpty()) {
        const auto generated = PasswordGenerator().generate({});
        if (!generated)
            return showError(generated.error().toString());
        secret = *generated;
    }
    m_service.rotate(id, secret.toUtf8(), whileAlive(this, [this](Result<CredentialRecord> rotated) {
                         if (!rotated)
                             return showError(rotated.error().toString());
                         showSelected();
                     }));
}

void CredentialsPanel::remove(const QList<QUuid>& ids) {
    if (QMessageBox::question(
            this, tr("Delete credentials"),
            tr("Delete %n credential(s)? Their secrets are removed from the keychain too; this "
               "cannot be undone.",
               nullptr, int(ids.size()))) != QMessageBox::Yes)
        return;
    for (const QUuid& id : ids) {
        m_service.remove(id, whileAlive(this, [this](Result<void> removed) {
                             if (!removed)
                                 showError(removed.error().toString());
                             m_list->model()->reload();
                         }));
    }
}

void CredentialsPanel::edit(std::optional<QUuid> id) {
    std::optional<CredentialRecord> existing;
    if (id) {
        const auto record = m_workspace.store().credentials().get(*id);
        if (!record)
            return showError(record.error().toString());
        existing = *record;
    }
    CredentialEditor(m_workspace, m_siteId, existing, this).exec();
    m_list->model()->reload();
}

void CredentialsPanel::showSharing(const CredentialRecord& c) {
    const CredentialSharing& sharing = m_service.sharing();
    QString shared = CredentialSharing::describe(c.sharedWith);
    const QStringList unresolved = sharing.recipientsOf(c.sharedWith).unresolved;
    if (!unresolved.isEmpty())
        shared += QStringLiteral(" — ") + unresolved.join(QLatin1Char(' '));
    m_ui->sharedWith->setText(shared);
    QString status = sharing.whyUnreadable(c);
    if (status.isEmpty())
        status = c.sealed.isEmpty()
                     ? tr("Kept in this desk's keychain only.")
                     : tr("Sealed for %n recipient(s); readable here.", nullptr, int(c.sealed.size()));
    m_ui->sharingStatus->setText(status);
    const bool withService = c.sharedWith.contains(QString::fromLatin1(CredentialRecord::service));
    m_ui->accessCaption->setVisible(withService);
    m_ui->accessList->setVisible(withService);
    if (!withService || !BackendSettings(m_workspace.folder()).isConfigured())
        return;
    // Who at the service opened it: asked of the backend each time the credential is shown.
    const QUuid id = c.id;
    auto* connection = new BackendConnection(m_workspace, this);
    connection->open([this, connection, id](Result<void> opened) {
        if (!opened) {
            connection->deleteLater();
            return;
        }
        connection->client().fetchAccess(id, [this, connection, id](Result<protocol::AccessList> list) {
            connection->deleteLater();
            if (id != m_selected)
                return;
            m_ui->accessList->clear();
            if (!list) {
                auto* item = new QTreeWidgetItem(m_ui->accessList, {QString(), list.error().message});
                item->setToolTip(1, list.error().message);
                return;
            }
            if (list->entries.isEmpty())
                new QTreeWidgetItem(m_ui->accessList, {QString(), tr("Nobody has opened it yet.")});
            for (const protocol::AccessEntry& entry : list->entries) {
                const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODate);
                new QTreeWidgetItem(
                    m_ui->accessList,
                    {at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : entry.at,
                     entry.who, entry.reason});
            }
        });
    });
}

void CredentialsPanel::share(const QUuid& id) {
    const auto record = m_workspace.store().credentials().get(id);
    if (!record)
        return showError(record.error().toString());
    ShareDialog dialog(m_service.sharing(), *record, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_service.setSharing(id, dialog.sharedWith(), whileAlive(this, [this](Result<CredentialRecord> shared) {
                             if (!shared)
                                 return showError(shared.error().toString());
                             showSelected();
                         }));
}

void CredentialsPanel::showError(const QString& message) {
    QMessageBox::warning(this, tr("Keychain"), message);
}

} // namespace sitekeeper
