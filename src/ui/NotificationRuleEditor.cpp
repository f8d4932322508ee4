// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationRuleEditor.h"

#include "EditorSupport.h"
#include "PartnerContact.h"
#include "Site.h"
#include "Store.h"
#include "Workspace.h"
#include "ui_NotificationRuleEditor.h"

#include <QCheckBox>

namespace sitekeeper {

namespace {
QList<QCheckBox*> dayBoxes(Ui::NotificationRuleEditor& ui) {
    return {ui.dayMon, ui.dayTue, ui.dayWed, ui.dayThu, ui.dayFri, ui.daySat, ui.daySun};
}
} // namespace

NotificationRuleEditor::NotificationRuleEditor(Workspace& workspace, const QUuid& siteId,
                                               std::optional<NotificationRule> existing, QWidget* parent)
    : EditorDialog(workspace, parent)
    , m_ui(std::make_unique<Ui::NotificationRuleEditor>())
    , m_isNew(!existing) {
    m_ui->setupUi(this);
    if (existing) {
        m_original = *existing;
    } else {
        // A new rule starts from the site's business hours, the usual first rule.
        m_original.id = QUuid::createUuid();
        m_original.siteId = siteId;
        const auto site = workspace.store().sites().get(siteId);
        if (site && !site->businessHours.isEmpty())
            m_original.window = site->businessHours.constFirst();
        else if (site)
            m_original.window.timeZone = site->timeZone;
        if (m_original.window.days.empty()) {
            m_original.window.days = {Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday,
                                      Weekday::Thursday, Weekday::Friday};
            m_original.window.start = QTime(8, 0);
            m_original.window.end = QTime(18, 0);
        }
    }
    setWindowTitle(m_isNew ? tr("New notification rule") : tr("Notification rule: %1").arg(m_original.name));
    fillEnumCombo<RuleMethod>(m_ui->method);
    ListQuery all;
    all.limit = -1;
    for (QComboBox* combo : {m_ui->contact1, m_ui->contact2, m_ui->callBeforeContact})
        combo->addItem(tr("(nobody)"), QUuid());
    // A list that cannot be read was logged by the store; the combo boxes offer nobody then.
    for (const PartnerContact& contact : workspace.store().partnerContacts().list(all).valueOr({})) {
        for (QComboBox* combo : {m_ui->contact1, m_ui->contact2, m_ui->callBeforeContact})
            combo->addItem(contact.name, contact.id);
    }
    connect(m_ui->callBeforeEscalating, &QCheckBox::toggled, m_ui->callBeforeContact, &QWidget::setEnabled);
    setUpEditor(m_ui->buttonBox, m_ui->errorLabel,
                {{QStringLiteral("name"), m_ui->name},
                 {QStringLiteral("method"), m_ui->method},
                 {QStringLiteral("window"), m_ui->start},
                 {QStringLiteral("escalation_contacts"), m_ui->contact1},
                 {QStringLiteral("email_recipients"), m_ui->emailRecipients},
                 {QStringLiteral("call_before_contact"), m_ui->callBeforeContact},
                 {QStringLiteral("categories"), m_ui->categories}});
    revert();
    followRecord(m_original, m_isNew, std::function([this] { return record(); }));
}

void NotificationRuleEditor::revert() {
    m_ui->name->setText(m_original.name);
    selectEnum(m_ui->method, m_original.method);
    const QList<QCheckBox*> days = dayBoxes(*m_ui);
    for (int i = 0; i < days.size(); ++i)
        days[i]->setChecked(m_original.window.days.count(static_cast<Weekday>(i + 1)) > 0);
    m_ui->start->setTime(m_original.window.start);
    m_ui->end->setTime(m_original.window.end);
    fillTimeZones(m_ui->timeZone, m_original.window.timeZone);
    const QList<QComboBox*> contacts{m_ui->contact1, m_ui->contact2};
    for (int i = 0; i < contacts.size(); ++i)
        contacts[i]->setCurrentIndex(
            std::max(0, contacts[i]->findData(m_original.escalationContacts.value(i))));
    m_ui->emailRecipients->setText(m_original.emailRecipients.join(QStringLiteral(", ")));
    m_ui->callBeforeEscalating->setChecked(m_original.callBeforeEscalating);
    m_ui->callBeforeContact->setEnabled(m_original.callBeforeEscalating);
    m_ui->callBeforeContact->setCurrentIndex(
        std::max(0, m_ui->callBeforeContact->findData(m_original.callBeforeContact)));
    m_ui->categories->setText(m_original.categories.join(QStringLiteral(", ")));
}

NotificationRule NotificationRuleEditor::record() const {
    NotificationRule rule = m_original;
    rule.name = m_ui->name->text().trimmed();
    rule.method = enumFromCombo(m_ui->method, RuleMethod::Phone);
    rule.window.days.clear();
    const QList<QCheckBox*> days = dayBoxes(*m_ui);
    for (int i = 0; i < days.size(); ++i) {
        if (days[i]->isChecked())
            rule.window.days.insert(static_cast<Weekday>(i + 1));
    }
    rule.window.start = m_ui->start->time();
    rule.window.end = m_ui->end->time();
    rule.window.timeZone = m_ui->timeZone->currentData().toString();
    rule.escalationContacts.clear();
    for (const QComboBox* combo : {m_ui->contact1, m_ui->contact2}) {
        const QUuid id = combo->currentData().toUuid();
        if (!id.isNull())
            rule.escalationContacts << id;
    }
    rule.emailRecipients = splitList(m_ui->emailRecipients->text());
    rule.callBeforeEscalating = m_ui->callBeforeEscalating->isChecked();
    rule.callBeforeContact =
        rule.callBeforeEscalating ? m_ui->callBeforeContact->currentData().toUuid() : QUuid();
    rule.categories = splitList(m_ui->categories->text());
    return rule;
}

NotificationRuleEditor::~NotificationRuleEditor() = default;

bool NotificationRuleEditor::isDirty() const {
    return record() != m_original;
}

Result<FieldErrors> NotificationRuleEditor::write() {
    return saveRecord(record(), m_original, m_isNew, tr("rule"));
}

} // namespace sitekeeper
