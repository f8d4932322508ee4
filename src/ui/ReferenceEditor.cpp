// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceEditor.h"

#include "EditorSupport.h"
#include "Workspace.h"
#include "ui_ReferenceEditor.h"

namespace sitekeeper {

ReferenceEditor::ReferenceEditor(Workspace& workspace, const QUuid& siteId, std::optional<Reference> existing,
                                 QWidget* parent)
    : EditorDialog(workspace, parent)
    , m_ui(std::make_unique<Ui::ReferenceEditor>())
    , m_isNew(!existing) {
    m_ui->setupUi(this);
    if (existing) {
        m_original = *existing;
    } else {
        m_original.id = QUuid::createUuid();
        m_original.siteId = siteId;
    }
    setWindowTitle(m_isNew ? tr("New reference") : tr("Reference: %1").arg(m_original.title));
    fillEnumCombo<ReferenceTopic>(m_ui->topic);
    fillEnumCombo<ReferenceStatus>(m_ui->status);
    // The preview renders when it is looked at, not on every keystroke.
    connect(m_ui->bodyTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->bodyTabs->widget(index) == m_ui->previewTab)
            m_ui->preview->setMarkdown(m_ui->body->toPlainText());
    });
    setUpEditor(m_ui->buttonBox, m_ui->errorLabel,
                {{QStringLiteral("title"), m_ui->title},
                 {QStringLiteral("topic"), m_ui->topic},
                 {QStringLiteral("owner"), m_ui->owner},
                 {QStringLiteral("review_interval_days"), m_ui->reviewIntervalDays},
                 {QStringLiteral("last_reviewed"), m_ui->lastReviewed},
                 {QStringLiteral("status"), m_ui->status},
                 {QStringLiteral("body"), m_ui->body}});
    revert();
    followRecord(m_original, m_isNew, std::function([this] { return record(); }));
}

void ReferenceEditor::revert() {
    m_ui->title->setText(m_original.title);
    selectEnum(m_ui->topic, m_original.topic);
    m_ui->owner->setText(m_original.owner);
    m_ui->reviewIntervalDays->setValue(m_original.reviewIntervalDays);
    setOptionalDate(m_ui->lastReviewedSet, m_ui->lastReviewed, m_original.lastReviewed);
    selectEnum(m_ui->status, m_original.status);
    m_ui->body->setPlainText(m_original.body);
    if (m_ui->bodyTabs->currentWidget() == m_ui->previewTab)
        m_ui->preview->setMarkdown(m_original.body);
}

void ReferenceEditor::prefill(ReferenceTopic topic, const QString& title) {
    selectEnum(m_ui->topic, topic);
    m_ui->title->setText(title);
}

Reference ReferenceEditor::record() const {
    Reference reference = m_original;
    reference.title = m_ui->title->text().trimmed();
    reference.topic = enumFromCombo(m_ui->topic, ReferenceTopic::Other);
    reference.owner = m_ui->owner->text().trimmed();
    reference.reviewIntervalDays = m_ui->reviewIntervalDays->value();
    reference.lastReviewed = optionalDate(m_ui->lastReviewedSet, m_ui->lastReviewed);
    reference.status = enumFromCombo(m_ui->status, ReferenceStatus::Current);
    reference.body = m_ui->body->toPlainText();
    return reference;
}

ReferenceEditor::~ReferenceEditor() = default;

QList<EditorDialog::FreeText> ReferenceEditor::freeText() {
    return {{QStringLiteral("title"), tr("title"), m_ui->title->text(),
             [this](const QString& t) {
                 m_ui->title->setText(t);
             }},
            {QStringLiteral("body"), tr("body"), m_ui->body->toPlainText(), [this](const QString& t) {
                 m_ui->body->setPlainText(t);
             }}};
}

QUuid ReferenceEditor::siteForCredentials() const {
    return m_original.siteId;
}

bool ReferenceEditor::isDirty() const {
    return record() != m_original;
}

Result<FieldErrors> ReferenceEditor::write() {
    return saveRecord(record(), m_original, m_isNew, tr("reference"));
}

} // namespace sitekeeper
