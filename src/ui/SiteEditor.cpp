// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteEditor.h"

#include "Country.h"
#include "EditorSupport.h"
#include "Store.h"
#include "Workspace.h"
#include "ui_SiteEditor.h"

#include <QCheckBox>

namespace sitekeeper {

namespace {
QList<QCheckBox*> businessDays(Ui::SiteEditor& ui) {
    return {ui.hoursDayMon, ui.hoursDayTue, ui.hoursDayWed, ui.hoursDayThu,
            ui.hoursDayFri, ui.hoursDaySat, ui.hoursDaySun};
}
} // namespace

SiteEditor::SiteEditor(Workspace& workspace, const QUuid& parentId, std::optional<Site> existing,
                       QWidget* parent)
    : EditorDialog(workspace, parent)
    , m_ui(std::make_unique<Ui::SiteEditor>())
    , m_isNew(!existing) {
    m_ui->setupUi(this);
    if (existing) {
        m_original = *existing;
    } else {
        m_original.id = QUuid::createUuid();
        m_original.parentId = parentId;
    }
    setWindowTitle(m_isNew ? tr("New site") : tr("Site: %1").arg(m_original.name));
    fillEnumCombo<Coverage>(m_ui->coverage);
    fillEnumCombo<AnswerAs>(m_ui->answerAs);
    fillEnumCombo<ActivationStatus>(m_ui->activationStatus);
    fillTimeZones(m_ui->timeZone, m_original.timeZone);

    // A site cannot sit under itself; the list holds every other site by name.
    m_ui->parent->addItem(tr("(top level)"), QUuid());
    ListQuery query;
    query.limit = -1;
    // A list that cannot be read was logged by the store; only "top level" is offered then.
    for (const Site& site : workspace.store().sites().list(query).valueOr({})) {
        if (site.id != m_original.id)
            m_ui->parent->addItem(site.name, site.id);
    }
    connect(m_ui->answerAs, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->answerAsText->setEnabled(enumFromCombo(m_ui->answerAs, AnswerAs::Default) == AnswerAs::Custom);
    });
    setUpEditor(m_ui->buttonBox, m_ui->errorLabel,
                {{QStringLiteral("name"), m_ui->name},
                 {QStringLiteral("parent_id"), m_ui->parent},
                 {QStringLiteral("coverage"), m_ui->coverage},
                 {QStringLiteral("time_zone"), m_ui->timeZone},
                 {QStringLiteral("country"), m_ui->country},
                 {QStringLiteral("business_hours"), m_ui->hoursStart},
                 {QStringLiteral("answer_as"), m_ui->answerAs},
                 {QStringLiteral("answer_as_text"), m_ui->answerAsText},
                 {QStringLiteral("email_domains"), m_ui->emailDomains},
                 {QStringLiteral("device_naming_scheme"), m_ui->deviceNamingScheme},
                 {QStringLiteral("contract_tier"), m_ui->contractTier},
                 {QStringLiteral("activation_status"), m_ui->activationStatus},
                 {QStringLiteral("go_live_date"), m_ui->goLiveDate},
                 {QStringLiteral("champion"), m_ui->champion},
                 {QStringLiteral("scope_notes"), m_ui->scopeNotes}});
    // The placeholder says which country numbers are read in while the field is empty.
    const auto showDerived = [this] {
        const QString derived = Country::ofTimeZone(m_ui->timeZone->currentData().toString());
        m_ui->country->setPlaceholderText(derived.isEmpty() ? tr("e.g. FR") : tr("%1 (zone)").arg(derived));
    };
    connect(m_ui->timeZone, &QComboBox::currentIndexChanged, this, showDerived);
    revert();
    showDerived();
    followRecord(m_original, m_isNew, std::function([this] { return record(); }));
}

void SiteEditor::revert() {
    m_ui->name->setText(m_original.name);
    m_ui->parent->setCurrentIndex(std::max(0, m_ui->parent->findData(m_original.parentId)));
    selectEnum(m_ui->coverage, m_original.coverage);
    fillTimeZones(m_ui->timeZone, m_original.timeZone);
    m_ui->country->setText(m_original.country);
    // The first window is the site's regular week; further windows are kept as they are.
    const TimeWindow hours = m_original.businessHours.value(0);
    const QList<QCheckBox*> days = businessDays(*m_ui);
    for (int i = 0; i < days.size(); ++i)
        days[i]->setChecked(hours.days.count(static_cast<Weekday>(i + 1)) > 0);
    m_ui->hoursStart->setTime(hours.start.isValid() ? hours.start : QTime(8, 0));
    m_ui->hoursEnd->setTime(hours.end.isValid() ? hours.end : QTime(18, 0));
    selectEnum(m_ui->answerAs, m_original.answerAs);
    m_ui->answerAsText->setText(m_original.answerAsText);
    m_ui->answerAsText->setEnabled(m_original.answerAs == AnswerAs::Custom);
    m_ui->emailDomains->setText(m_original.emailDomains.join(QStringLiteral(", ")));
    m_ui->holdsServers->setChecked(m_original.holdsServers);
    m_ui->deviceNamingScheme->setText(m_original.deviceNamingScheme);
    m_ui->contractTier->setText(m_original.contractTier);
    selectEnum(m_ui->activationStatus, m_original.activationStatus);
    setOptionalDate(m_ui->goLiveDateSet, m_ui->goLiveDate, m_original.goLiveDate);
    m_ui->champion->setText(m_original.champion);
    m_ui->scopeNotes->setPlainText(m_original.scopeNotes);
}

Site SiteEditor::record() const {
    Site site = m_original;
    site.name = m_ui->name->text().trimmed();
    site.parentId = m_ui->parent->currentData().toUuid();
    site.coverage = enumFromCombo(m_ui->coverage, Coverage::None);
    site.timeZone = m_ui->timeZone->currentData().toString();
    // A name ("France") is taken as its code; anything else is kept as typed for validation to name.
    const QString country = m_ui->country->text().trimmed();
    site.country = Country::code(country).isEmpty() ? country : Country::code(country);
    TimeWindow hours;
    const QList<QCheckBox*> days = businessDays(*m_ui);
    for (int i = 0; i < days.size(); ++i) {
        if (days[i]->isChecked())
            hours.days.insert(static_cast<Weekday>(i + 1));
    }
    hours.start = m_ui->hoursStart->time();
    hours.end = m_ui->hoursEnd->time();
    hours.timeZone = site.timeZone;
    site.businessHours = m_original.businessHours.mid(1);
    if (!hours.days.empty())
        site.businessHours.prepend(hours);
    site.answerAs = enumFromCombo(m_ui->answerAs, AnswerAs::Default);
    site.answerAsText = m_ui->answerAsText->text().trimmed();
    site.emailDomains = splitList(m_ui->emailDomains->text());
    site.holdsServers = m_ui->holdsServers->isChecked();
    site.deviceNamingScheme = m_ui->deviceNamingScheme->text().trimmed();
    site.contractTier = m_ui->contractTier->text().trimmed();
    site.activationStatus = enumFromCombo(m_ui->activationStatus, ActivationStatus::Draft);
    site.goLiveDate = optionalDate(m_ui->goLiveDateSet, m_ui->goLiveDate);
    site.champion = m_ui->champion->text().trimmed();
    site.scopeNotes = m_ui->scopeNotes->toPlainText();
    return site;
}

SiteEditor::~SiteEditor() = default;

QList<EditorDialog::FreeText> SiteEditor::freeText() {
    return {{QStringLiteral("scope_notes"), tr("scope notes"), m_ui->scopeNotes->toPlainText(),
             [this](const QString& t) {
                 m_ui->scopeNotes->setPlainText(t);
             }},
            {QStringLiteral("answer_as_text"), tr("custom answer"), m_ui->answerAsText->text(),
             [this](const QString& t) {
                 m_ui->answerAsText->setText(t);
             }}};
}

QUuid SiteEditor::siteForCredentials() const {
    return m_isNew ? QUuid() : m_original.id;
}

bool SiteEditor::isDirty() const {
    return record() != m_original;
}

Result<FieldErrors> SiteEditor::write() {
    return saveRecord(record(), m_original, m_isNew, tr("site"));
}

} // namespace sitekeeper
