// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorDialog.h"

#include "CredentialEditor.h"
#include "EditorSupport.h"
#include "FieldClashText.h"
#include "PhoneNumber.h"
#include "RecordHistory.h"
#include "RecordPresence.h"
#include "SecretScanner.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace sitekeeper {

EditorDialog::EditorDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    connect(&workspace, &Workspace::recordChanged, this, &EditorDialog::followedRecordChanged);
    connect(&workspace, &Workspace::pulled, this, [this] {
        if (m_refresh)
            m_refresh();
        if (m_history)
            m_history->load();
    });
}

EditorDialog::~EditorDialog() {
    // The history and the presence end their requests as they go; nothing they say then may reach
    // this editor, whose members are gone before its child objects are.
    delete m_history;
    m_history = nullptr;
    delete m_presence;
    m_presence = nullptr;
}

void EditorDialog::showTeam(EntityKind entity, const QUuid& id) {
    auto* layout = qobject_cast<QBoxLayout*>(this->layout());
    if (!layout || m_presenceNote)
        return;
    m_presenceNote = new QLabel(this);
    m_presenceNote->setObjectName(QStringLiteral("presenceNote"));
    m_presenceNote->setAccessibleName(tr("Others editing"));
    m_presenceNote->setWordWrap(true);
    m_presenceNote->setStyleSheet(
        QStringLiteral("QLabel { color: #1d2939; background: #fef0c7; border: 1px solid "
                       "#fdb022; border-radius: 4px; padding: 6px; }"));
    m_presenceNote->hide();
    layout->insertWidget(0, m_presenceNote);

    m_historyLabel = new QLabel(this);
    m_historyLabel->setObjectName(QStringLiteral("recordHistory"));
    m_historyLabel->setAccessibleName(tr("History"));
    m_historyLabel->setWordWrap(true);
    m_historyLabel->setTextFormat(Qt::RichText);
    m_historyLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_historyLabel->hide();
    const int buttons = m_buttons ? layout->indexOf(m_buttons) : -1;
    layout->insertWidget(buttons >= 0 ? buttons : layout->count(), m_historyLabel);

    m_presence = new RecordPresence(m_workspace, entity, id, this);
    connect(m_presence, &RecordPresence::othersChanged, this, [this](const QStringList& names) {
        m_presenceNote->setText(RecordPresence::note(names));
        m_presenceNote->setVisible(!names.isEmpty());
    });
    m_presence->start();

    m_history = new RecordHistory(m_workspace, entity, id, this);
    connect(m_history, &RecordHistory::loaded, this,
            [this](const QList<RecordHistory::Entry>& entries, bool fromBackend, const QString& problem) {
                // The newest few; the site's History tab has the rest.
                constexpr int shown = 3;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                QStringList lines;
                for (const RecordHistory::Entry& entry : entries.mid(0, shown))
                    lines.append(RecordHistory::describe(entry, now, [this](const QString& field) {
                                     const QString label = fieldLabel(field);
                                     if (label == field)
                                         return RecordHistory::fieldWords(field);
                                     // "Mobile phone" reads "mobile phone" inside the sentence; "VIP" stays.
                                     return label.size() > 1 && label.at(1).isLower()
                                                ? label.at(0).toLower() + label.mid(1)
                                                : label;
                                 }).toHtmlEscaped());
                m_historyLabel->setVisible(!lines.isEmpty());
                // Offline (or a role that may not read the backend's audit): this desktop's own record.
                const QString title = fromBackend ? tr("History") : tr("History on this desktop");
                m_historyLabel->setText(QStringLiteral("<b>%1</b><br>%2")
                                            .arg(title.toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
                m_historyLabel->setToolTip(
                    problem.isEmpty() ? QString()
                                      : tr("The backend's history could not be read: %1").arg(problem));
            });
    m_history->load();
}

void EditorDialog::followedRecordChanged(EntityKind entity, const QUuid& id) {
    if (m_refresh && entity == m_followedEntity && (id.isNull() || id == m_followedId()))
        m_refresh();
}

void EditorDialog::restrictTo(EntityKind kind) {
    const QString forbidden = MemberRights(m_workspace).toEdit(kind);
    if (m_buttons)
        setAllowed(m_buttons->button(QDialogButtonBox::Save), true, forbidden);
}

void EditorDialog::setUpEditor(QDialogButtonBox* buttons, QLabel* errorLabel,
                               QHash<QString, QWidget*> fields) {
    m_buttons = buttons;
    m_errorLabel = errorLabel;
    m_fields = std::move(fields);
    m_errorLabel->setVisible(false);
    m_errorLabel->setTextFormat(Qt::RichText);
    m_errorLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(bright-text); background: #b42318; "
                                               "border-radius: 4px; padding: 6px; }"));
    buttons->button(QDialogButtonBox::Reset)->setText(tr("Revert"));
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::clicked, this, &EditorDialog::buttonClicked);
}

void EditorDialog::buttonClicked(QAbstractButton* button) {
    switch (m_buttons->standardButton(button)) {
    case QDialogButtonBox::Save:
        if (save()) {
            m_closingAfterSave = true;
            accept();
        }
        break;
    case QDialogButtonBox::Reset:
        revert();
        showErrors({});
        break;
    case QDialogButtonBox::Cancel:
        reject();
        break;
    default:
        break;
    }
}

bool EditorDialog::save() {
    if (!freeTextIsClean())
        return false;
    const Result<FieldErrors> written = write();
    if (!written) {
        QMessageBox::warning(this, tr("Not saved"), written.error().toString());
        return false;
    }
    showErrors(written.value());
    return written.value().isEmpty();
}

bool EditorDialog::freeTextIsClean() {
    for (const FreeText& field : freeText()) {
        QString text = field.text;
        QList<SecretScanner::Hit> hits = SecretScanner::scan(text);
        while (!hits.isEmpty()) {
            const SecretScanner::Hit hit = hits.constFirst();
            showErrors({{field.field, tr("This text holds something that looks like %1 (line %2, column %3). "
                                         "Technicians copy this text into case notes, which are not secret.")
                                          .arg(SecretScanner::kindDescription(hit.kind))
                                          .arg(hit.line)
                                          .arg(hit.column)}});
            QMessageBox ask(
                QMessageBox::Warning, tr("A secret in the text"),
                tr("The %1 contains what looks like %2 (line %3, column %4).\n\nCredentials belong in "
                   "the keychain, not in text that ends up in case notes. Move it into a new credential "
                   "and leave a reference to that credential in its place?")
                    .arg(field.label, SecretScanner::kindDescription(hit.kind))
                    .arg(hit.line)
                    .arg(hit.column),
                QMessageBox::NoButton, this);
            QPushButton* move = ask.addButton(tr("Move to a credential…"), QMessageBox::AcceptRole);
            ask.addButton(tr("Edit the text"), QMessageBox::RejectRole);
            ask.exec();
            if (ask.clickedButton() != move || siteForCredentials().isNull())
                return false;
            CredentialEditor editor(m_workspace, siteForCredentials(), std::nullopt, this,
                                    text.mid(hit.offset, hit.length));
            if (editor.exec() != QDialog::Accepted)
                return false;
            text.replace(hit.offset, hit.length, tr("[see credential \"%1\"]").arg(editor.record().label));
            field.replace(text);
            hits = SecretScanner::scan(text);
        }
    }
    showErrors({});
    return true;
}

QString EditorDialog::fieldLabel(const QString& field) const {
    QWidget* widget = m_fields.value(field);
    if (widget) {
        for (const QLabel* label : findChildren<QLabel*>()) {
            if (label->buddy() == widget) {
                QString text = label->text();
                text.remove(QLatin1Char('&'));
                if (text.endsWith(QLatin1Char(':')))
                    text.chop(1);
                return text.trimmed();
            }
        }
    }
    return field;
}

std::optional<FieldErrors> EditorDialog::settleClashes(EntityKind entity, const QUuid& id,
                                                       const QList<FieldClash>& clashes, QJsonObject& base,
                                                       QJsonObject& mine) {
    for (const FieldClash& clash : clashes) {
        const QString label = fieldLabel(clash.field);
        const FieldClashText::Origin origin =
            FieldClashText::lastChange(m_workspace.store(), entityName(entity), id, clash.field);
        const QString at = QLocale().toString(origin.at.toLocalTime(), QLocale::ShortFormat);
        QString what;
        if (origin.fromBackend)
            what = tr("“%1” was changed on the backend since you opened this editor (pulled %2).")
                       .arg(label, at);
        else if (origin.known)
            what =
                tr("“%1” was changed here since you opened this editor (by %2 at %3: another window, an undo "
                   "or the command line).")
                    .arg(label, origin.actor, at);
        else
            what = tr("“%1” was changed since you opened this editor.").arg(label);
        QMessageBox ask(QMessageBox::Question, tr("Changed since you opened it"), what, QMessageBox::NoButton,
                        this);
        ask.setInformativeText(
            tr("Stored now: %1\nYours: %2\n\nKeep yours to replace the stored value (for "
               "everyone, once synced), or take the stored value into the form.")
                .arg(FieldClashText::value(clash.stored), FieldClashText::value(clash.mine)));
        QPushButton* keep = ask.addButton(tr("Keep mine"), QMessageBox::AcceptRole);
        keep->setObjectName(QStringLiteral("keepMine"));
        QPushButton* take = ask.addButton(tr("Take stored value"), QMessageBox::DestructiveRole);
        take->setObjectName(QStringLiteral("takeStored"));
        QPushButton* back = ask.addButton(tr("Back to editing"), QMessageBox::RejectRole);
        back->setObjectName(QStringLiteral("backToEditing"));
        ask.setDefaultButton(back);
        ask.exec();
        if (ask.clickedButton() == keep) {
            base.insert(clash.field, clash.stored);
        } else if (ask.clickedButton() == take) {
            base.insert(clash.field, clash.stored);
            mine.insert(clash.field, clash.stored);
        } else {
            return FieldErrors{
                {clash.field, tr("%1 was changed since you opened this editor: stored now %2. Save "
                                 "again to keep yours or take the stored value.")
                                  .arg(label, FieldClashText::value(clash.stored))}};
        }
    }
    return std::nullopt;
}

void EditorDialog::markField(const QString& field, const QString& message) {
    showErrors({{field, message}});
}

void EditorDialog::showErrors(const FieldErrors& errors) {
    m_errors = errors;
    markFieldErrors(m_fields, m_errorLabel, errors);
}

void markFieldErrors(const QHash<QString, QWidget*>& fields, QLabel* errorLabel, const FieldErrors& errors) {
    for (QWidget* widget : fields) {
        if (widget->property("invalid").toBool()) {
            widget->setProperty("invalid", false);
            widget->setStyleSheet(QString());
            widget->setToolTip(QString());
        }
    }
    QStringList lines;
    QWidget* first = nullptr;
    for (const FieldError& error : errors) {
        QWidget* widget = fields.value(error.field);
        lines << error.message.toHtmlEscaped();
        if (!widget)
            continue;
        widget->setProperty("invalid", true);
        widget->setStyleSheet(QStringLiteral("border: 2px solid #d92d20; border-radius: 3px;"));
        widget->setToolTip(error.message);
        if (!first)
            first = widget;
    }
    errorLabel->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: #b42318; border-radius: 4px; "
                       "padding: 6px; }"));
    errorLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    errorLabel->setText(lines.join(QStringLiteral("<br>")));
    errorLabel->setVisible(!lines.isEmpty());
    if (first)
        first->setFocus();
}

void EditorDialog::done(int result) {
    // Leaving with unsaved changes asks first: save, discard, or stay.
    if (result == QDialog::Rejected && !m_closingAfterSave && isDirty()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("Save the changes to this record before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            if (!save())
                return;
            result = QDialog::Accepted;
        }
    }
    if (m_presence) {
        // Told to the backend after the dialog is gone; it deletes itself once answered.
        m_presence->setParent(nullptr);
        m_presence->finish();
        m_presence = nullptr;
    }
    QDialog::done(result);
}

PhoneFieldHint::PhoneFieldHint(QLineEdit* edit, QLabel* hint, QString defaultRegion, bool isMobileField,
                               PhoneNumber::Extension extension)
    : QObject(edit)
    , m_edit(edit)
    , m_hint(hint)
    , m_region(std::move(defaultRegion))
    , m_mobileField(isMobileField)
    , m_extension(extension) {
    connect(edit, &QLineEdit::textChanged, this, &PhoneFieldHint::update);
    update();
}

QString PhoneFieldHint::value() const {
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    const PhoneNumber number = PhoneNumber::parse(text, m_region, m_extension);
    return number.isValid() ? number.e164() : text;
}

QString PhoneFieldHint::extension() const {
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    const PhoneNumber number = PhoneNumber::parse(text, m_region, m_extension);
    return number.isValid() ? number.extension() : QString();
}

void PhoneFieldHint::setValue(const QString& e164, const QString& extension) {
    const PhoneNumber number = PhoneNumber::parse(e164, m_region);
    m_edit->setText(number.isValid() ? PhoneNumber::displayText(number.e164(), extension)
                                     : PhoneNumber::displayText(e164, extension));
}

void PhoneFieldHint::update() {
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_hint->setText(QString());
        return;
    }
    const PhoneNumber number = PhoneNumber::parse(text, m_region, m_extension);
    if (!number.isValid()) {
        m_hint->setText(QStringLiteral("<span style='color:#d92d20'>%1</span>")
                            .arg(number.errorString().toHtmlEscaped()));
        return;
    }
    QString kind;
    switch (number.type()) {
    case PhoneNumber::Type::Mobile:
        kind = tr("mobile: SMS works");
        break;
    case PhoneNumber::Type::FixedLine:
        kind = tr("fixed line: calls only, no SMS");
        break;
    case PhoneNumber::Type::Unknown:
        kind = m_mobileField ? tr("mobile or fixed (taken as mobile: entered as mobile)")
                             : tr("mobile or fixed (taken as fixed: entered as office)");
        break;
    case PhoneNumber::Type::Other:
        kind = tr("not a personal line (toll-free or service number)");
        break;
    }
    const QString saved = number.extension().isEmpty()
                              ? number.e164()
                              : tr("%1 ext. %2").arg(number.e164(), number.extension());
    m_hint->setText(QStringLiteral("%1 · %2").arg(saved, kind));
}

} // namespace sitekeeper
