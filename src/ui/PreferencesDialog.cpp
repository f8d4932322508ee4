// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "ApprovalType.h"
#include "EditorSupport.h"
#include "Enums.h"
#include "PartnerSettingsEdits.h"
#include "PhoneNumber.h"
#include "Store.h"
#include "Translations.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"
#include "ui_PreferencesDialog.h"

#include <QListWidgetItem>

#include <algorithm>

namespace sitekeeper {

namespace {

// Nothing chosen means the default: password resets for another user.
const QString defaultRequiredType = QStringLiteral("password_reset_other_user");

// `shown` in the order of `stored` when both hold the same items: reading the lists back is no edit.
template <class T>
QList<T> keepOrder(const QList<T>& shown, const QList<T>& stored) {
    QList<T> a = shown;
    QList<T> b = stored;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b ? stored : shown;
}

} // namespace

PreferencesDialog::PreferencesDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_workspace(workspace)
    , m_base(workspace.partnerSettings()) {
    m_ui->setupUi(this);
    m_ui->region->setText(workspace.settings().defaultPhoneRegion());
    const CheckSettings& checks = m_base.check;
    m_ui->forbiddenTerms->setText(checks.forbiddenTerms.join(QStringLiteral(", ")));
    m_ui->partnerName->setText(checks.partnerName);
    m_ui->helpDeskPhone->setText(m_base.helpDesk.phone);
    m_ui->helpDeskEmail->setText(m_base.helpDesk.email);
    m_ui->helpDeskChat->setText(m_base.helpDesk.chatUrl);

    m_ui->dueSoonDays->setValue(checks.referenceDueSoonDays);
    m_ui->approverReviewDays->setValue(checks.approverReviewDays);
    for (ReferenceTopic topic : allValues<ReferenceTopic>()) {
        auto* item = new QListWidgetItem(displayName(topic), m_ui->requiredTopics);
        item->setData(Qt::UserRole, toString(topic));
        item->setCheckState(checks.requiredTopics.contains(topic) ? Qt::Checked : Qt::Unchecked);
    }
    const QStringList requiredTypes = checks.requiredApprovalTypes.isEmpty()
                                          ? QStringList{defaultRequiredType}
                                          : checks.requiredApprovalTypes;
    ListQuery allTypes;
    allTypes.limit = -1;
    // A list that cannot be read was logged by the store: the built-in types are offered instead.
    QList<ApprovalType> types = workspace.store().approvalTypes().list(allTypes).valueOr({});
    if (types.isEmpty())
        types = ApprovalType::builtins();
    for (const ApprovalType& type : std::as_const(types)) {
        auto* item = new QListWidgetItem(type.displayName(), m_ui->requiredApprovalTypes);
        item->setData(Qt::UserRole, type.key);
        item->setCheckState(requiredTypes.contains(type.key) ? Qt::Checked : Qt::Unchecked);
    }
    QString why;
    m_editable = PartnerSettingsEdits(workspace).canEdit(&why);
    if (!m_editable) {
        m_ui->partnerNote->setText(why);
        m_ui->partnerNote->setVisible(true);
        setPartnerFieldsReadOnly();
    }
    // The language belongs to the application, not the workspace; its names are not translated.
    m_ui->language->addItem(tr("System default"), QString());
    for (const Translations::Language& language : Translations::available())
        m_ui->language->addItem(language.name, language.code);
    m_ui->language->setCurrentIndex(m_ui->language->findData(Translations::chosenLanguage()));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setPartnerFieldsReadOnly() {
    for (QLineEdit* edit : {m_ui->forbiddenTerms, m_ui->partnerName, m_ui->helpDeskPhone, m_ui->helpDeskEmail,
                            m_ui->helpDeskChat})
        edit->setReadOnly(true);
    m_ui->dueSoonDays->setReadOnly(true);
    m_ui->approverReviewDays->setReadOnly(true);
    // Lists cannot be read-only: they are greyed out, their ticks still readable.
    m_ui->requiredTopics->setEnabled(false);
    m_ui->requiredApprovalTypes->setEnabled(false);
}

void PreferencesDialog::showError(const QString& message, QWidget* field) {
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(true);
    if (field)
        field->setFocus();
}

PartnerSettings PreferencesDialog::partnerSettingsShown() const {
    PartnerSettings shown = m_base;
    CheckSettings& checks = shown.check;
    checks.partnerName = m_ui->partnerName->text().trimmed();
    checks.forbiddenTerms = splitList(m_ui->forbiddenTerms->text());
    checks.referenceDueSoonDays = m_ui->dueSoonDays->value();
    checks.approverReviewDays = m_ui->approverReviewDays->value();
    QList<ReferenceTopic> topics;
    for (int i = 0; i < m_ui->requiredTopics->count(); ++i) {
        const QListWidgetItem* item = m_ui->requiredTopics->item(i);
        if (item->checkState() == Qt::Checked) {
            if (auto topic = fromString<ReferenceTopic>(item->data(Qt::UserRole).toString()))
                topics.append(*topic);
        }
    }
    checks.requiredTopics = keepOrder(topics, m_base.check.requiredTopics);
    QStringList types;
    for (int i = 0; i < m_ui->requiredApprovalTypes->count(); ++i) {
        const QListWidgetItem* item = m_ui->requiredApprovalTypes->item(i);
        if (item->checkState() == Qt::Checked)
            types.append(item->data(Qt::UserRole).toString());
    }
    // The default shown for "nothing chosen" stays "nothing chosen".
    if (m_base.check.requiredApprovalTypes.isEmpty() && types == QStringList{defaultRequiredType})
        types.clear();
    checks.requiredApprovalTypes = keepOrder(types, m_base.check.requiredApprovalTypes);
    shown.helpDesk = {m_ui->helpDeskPhone->text().trimmed(), m_ui->helpDeskEmail->text().trimmed(),
                      m_ui->helpDeskChat->text().trimmed()};
    return shown;
}

void PreferencesDialog::accept() {
    const QString region = m_ui->region->text().trimmed().toUpper();
    if (region.size() != 2 || !region.at(0).isLetter() || !region.at(1).isLetter()) {
        showError(tr("The region is a two-letter country code such as US, GB or DE."), m_ui->region);
        return;
    }
    if (m_editable) {
        PartnerSettings after = partnerSettingsShown();
        if (!after.helpDesk.phone.isEmpty()) {
            const PhoneNumber phone = PhoneNumber::parse(after.helpDesk.phone, region);
            if (!phone.isValid()) {
                showError(tr("Help desk phone: %1").arg(phone.errorString()), m_ui->helpDeskPhone);
                return;
            }
            after.helpDesk.phone = phone.e164();
        }
        QList<FieldClash> clashes;
        if (const Result<void> saved = PartnerSettingsEdits(m_workspace).save(m_base, after, &clashes);
            !saved) {
            showError(saved.error().toString(), nullptr);
            return;
        }
        m_checksChanged = !(after.check == m_base.check);
        m_base = after;
    }
    m_workspace.settings().setDefaultPhoneRegion(region);
    m_workspace.settings().sync();
    const QString language = m_ui->language->currentData().toString();
    if (language != Translations::chosenLanguage())
        Translations::setChosenLanguage(language);
    QDialog::accept();
}

} // namespace sitekeeper
