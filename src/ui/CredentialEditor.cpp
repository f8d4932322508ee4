// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialEditor.h"

#include "CredentialService.h"
#include "EditorDialog.h"
#include "EditorSupport.h"
#include "PasswordGenerator.h"
#include "PasswordStrength.h"
#include "Workspace.h"
#include "ui_CredentialEditor.h"

#include <QMessageBox>
#include <QPushButton>

namespace sitekeeper {

CredentialEditor::CredentialEditor(Workspace& workspace, const QUuid& siteId,
                                   std::optional<CredentialRecord> existing, QWidget* parent,
                                   const QString& initialSecret)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CredentialEditor>())
    , m_workspace(workspace)
    , m_service(workspace.credentials())
    , m_isNew(!existing) {
    m_ui->setupUi(this);
    if (existing) {
        m_original = *existing;
    } else {
        m_original.id = QUuid::createUuid();
        m_original.siteId = siteId;
        m_original.rotationIntervalDays = 90;
        m_ui->secret->setPlaceholderText(tr("Type or generate the secret"));
    }
    setWindowTitle(m_isNew ? tr("New credential") : tr("Credential: %1").arg(m_original.label));
    fillEnumCombo<CredentialKind>(m_ui->kind);
    m_ui->label->setText(m_original.label);
    selectEnum(m_ui->kind, m_original.kind);
    m_ui->system->setText(m_original.system);
    m_ui->username->setText(m_original.username);
    m_ui->hasMfa->setChecked(m_original.hasMfa);
    m_ui->rotationIntervalDays->setValue(m_original.rotationIntervalDays);
    m_ui->forceChange->setChecked(m_original.forceChangeAtNextLogon);
    if (m_original.hasTotp)
        m_ui->totp->setPlaceholderText(tr("A TOTP seed is stored; type a new one to replace it"));

    m_fields = {{QStringLiteral("label"), m_ui->label},
                {QStringLiteral("kind"), m_ui->kind},
                {QStringLiteral("system"), m_ui->system},
                {QStringLiteral("username"), m_ui->username},
                {QStringLiteral("secret"), m_ui->secret},
                {QStringLiteral("totp"), m_ui->totp},
                {QStringLiteral("rotation_interval_days"), m_ui->rotationIntervalDays}};
    m_ui->errorLabel->setTextFormat(Qt::RichText);
    m_ui->errorLabel->setVisible(false);
    m_ui->buttonBox->button(QDialogButtonBox::Reset)->hide();
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &CredentialEditor::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->showSecret, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->generate, &QToolButton::clicked, this, [this] {
        const auto generated = PasswordGenerator().generate({});
        if (generated)
            m_ui->secret->setText(*generated);
    });
    connect(m_ui->secret, &QLineEdit::textChanged, this, &CredentialEditor::updateStrength);
    m_ui->secret->setText(initialSecret);
    updateStrength();
}

CredentialEditor::~CredentialEditor() {
    // The secret leaves memory with the dialog; nothing else keeps a copy.
    m_ui->secret->clear();
}

CredentialRecord CredentialEditor::record() const {
    CredentialRecord record = m_original;
    record.label = m_ui->label->text().trimmed();
    record.kind = enumFromCombo(m_ui->kind, CredentialKind::DomainAdmin);
    record.system = m_ui->system->text().trimmed();
    record.username = m_ui->username->text().trimmed();
    record.hasMfa = m_ui->hasMfa->isChecked();
    record.rotationIntervalDays = m_ui->rotationIntervalDays->value();
    record.forceChangeAtNextLogon = m_ui->forceChange->isChecked();
    if (m_isNew && record.sharedWith.isEmpty())
        record.sharedWith = CredentialService::defaultSharing();
    return record;
}

void CredentialEditor::updateStrength() {
    const QString secret = m_ui->secret->text();
    if (secret.isEmpty()) {
        m_ui->strength->setText(QString());
        return;
    }
    const PasswordStrength strength = PasswordStrength::evaluate(
        secret, {m_ui->username->text(), m_ui->label->text(), m_ui->system->text()});
    const QStringList names{tr("very weak"), tr("weak"), tr("fair"), tr("strong"), tr("very strong")};
    const QString colour = strength.isWeak() ? QStringLiteral("#d92d20") : QStringLiteral("#2da44e");
    m_ui->strength->setText(QStringLiteral("<span style='color:%1'>%2</span> %3")
                                .arg(colour, names.value(strength.score), strength.feedback.toHtmlEscaped()));
}

void CredentialEditor::fail(const QString& message) {
    m_ui->buttonBox->setEnabled(true);
    QMessageBox::warning(this, tr("Not saved"), message);
    Q_EMIT finished(message);
}

void CredentialEditor::markField(const QString& field, const QString& message) {
    markFieldErrors(m_fields, m_ui->errorLabel, {{field, message}});
}

void CredentialEditor::save() {
    const CredentialRecord value = record();
    FieldErrors errors = value.validate();
    const QString secret = m_ui->secret->text();
    if (m_isNew && secret.isEmpty())
        errors << FieldError{QStringLiteral("secret"),
                             tr("Type or generate the secret to store in the keychain.")};
    markFieldErrors(m_fields, m_ui->errorLabel, errors);
    if (!errors.isEmpty())
        return;

    // The keychain answers later: the form waits, the window stays responsive.
    m_ui->buttonBox->setEnabled(false);
    const QString totp = m_ui->totp->text().trimmed();
    auto afterSecret = [this, totp](Result<CredentialRecord> stored) {
        if (!stored)
            return fail(stored.error().toString());
        m_original = *stored;
        m_isNew = false;
        if (totp.isEmpty()) {
            Q_EMIT finished(QString());
            accept();
            return;
        }
        m_service.setTotp(m_original.id, totp, [this](Result<CredentialRecord> withTotp) {
            if (!withTotp)
                return fail(withTotp.error().toString());
            Q_EMIT finished(QString());
            accept();
        });
    };
    if (m_isNew) {
        m_service.save(value, secret.toUtf8(), afterSecret);
        return;
    }
    const auto updated = m_service.updateMetadata(m_original, value);
    if (!updated)
        return fail(updated.error().toString());
    if (secret.isEmpty())
        afterSecret(*updated);
    else
        m_service.rotate(value.id, secret.toUtf8(), afterSecret);
}

} // namespace sitekeeper
