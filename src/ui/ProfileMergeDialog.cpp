// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileMergeDialog.h"

#include "MemberRights.h"
#include "RecordHistory.h"
#include "Store.h"
#include "Workspace.h"
#include "ui_ProfileMergeDialog.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

namespace sitekeeper {

namespace {

// The field's label with its mnemonic, distinct from each other and from Merge and Cancel.
QString mnemonicLabel(ProfileMerge::Field field) {
    switch (field) {
    case ProfileMerge::Field::FullName:
        return ProfileMergeDialog::tr("Full &name:");
    case ProfileMerge::Field::Email:
        return ProfileMergeDialog::tr("&Email:");
    case ProfileMerge::Field::OfficePhone:
        return ProfileMergeDialog::tr("&Office phone:");
    case ProfileMerge::Field::MobilePhone:
        return ProfileMergeDialog::tr("Mo&bile phone:");
    case ProfileMerge::Field::Title:
        return ProfileMergeDialog::tr("&Job title:");
    case ProfileMerge::Field::Vip:
        return ProfileMergeDialog::tr("&VIP:");
    case ProfileMerge::Field::Status:
        return ProfileMergeDialog::tr("&Status:");
    }
    return {};
}

} // namespace

ProfileMergeDialog::ProfileMergeDialog(Workspace& workspace, const QUuid& first, const QUuid& second,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileMergeDialog>())
    , m_workspace(workspace) {
    m_ui->setupUi(this);
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Merge"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileMergeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QUuid ids[2] = {first, second};
    for (int column = 0; column < 2; ++column) {
        const auto profile = workspace.store().profiles().get(ids[column]);
        if (profile)
            m_profiles[size_t(column)] = profile.value();
        else
            m_error = tr("The profile %1 was not found: %2")
                          .arg(ids[column].toString(QUuid::WithoutBraces), profile.error().message);
    }
    const MemberRights rights(workspace);
    m_forbidden = rights.toEdit(EntityKind::ClientProfile);
    if (m_profiles[0] && m_profiles[1]) {
        setWindowTitle(
            tr("Merge Profiles — %1 and %2").arg(m_profiles[0]->fullName, m_profiles[1]->fullName));
        buildChoices();
    }
    updatePlan();
}

std::optional<QString> ProfileMergeDialog::ask(Workspace& workspace, const QUuid& first, const QUuid& second,
                                               QWidget* parent) {
    ProfileMergeDialog dialog(workspace, first, second, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.plan())
        return std::nullopt;
    return dialog.plan()->text;
}

ProfileMergeDialog::~ProfileMergeDialog() = default;

QString ProfileMergeDialog::error() const {
    return m_error;
}

QUuid ProfileMergeDialog::profileId(int column) const {
    const auto& profile = m_profiles[size_t(column)];
    return profile ? profile->id : QUuid();
}

QRadioButton* ProfileMergeDialog::keepButton(int column) const {
    return m_keep ? qobject_cast<QRadioButton*>(m_keep->button(column)) : nullptr;
}

QRadioButton* ProfileMergeDialog::choiceButton(ProfileMerge::Field field, int column) const {
    const qsizetype index = ProfileMerge::fields().indexOf(field);
    if (index < 0 || index >= m_choices.size())
        return nullptr;
    return qobject_cast<QRadioButton*>(m_choices.at(index)->button(column));
}

void ProfileMergeDialog::buildChoices() {
    QGridLayout* grid = m_ui->choices;
    const ClientProfile& a = *m_profiles[0];
    const ClientProfile& b = *m_profiles[1];
    Store& store = m_workspace.store();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime edited[2];

    // The first row: which profile is kept, with when each was last edited (the newer one's values
    // are offered first where both are set).
    auto* keepLabel = new QLabel(tr("&Keep:"), this);
    grid->addWidget(keepLabel, 0, 0);
    m_keep = new QButtonGroup(this);
    for (int column = 0; column < 2; ++column) {
        const ClientProfile& profile = *m_profiles[size_t(column)];
        const auto state = store.profiles().state(profile.id);
        if (state)
            edited[column] = state->updatedAt;
        auto* button = new QRadioButton(tr("\"%1\"").arg(profile.fullName), this);
        button->setObjectName(QStringLiteral("keep%1").arg(column));
        button->setAccessibleName(tr("Keep the profile \"%1\"").arg(profile.fullName));
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
        m_keep->addButton(button, column);
        auto* cell = new QWidget(this);
        auto* layout = new QVBoxLayout(cell);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(button);
        auto* when =
            new QLabel(edited[column].isValid()
                           ? tr("last edited %1").arg(RecordHistory::relativeTime(edited[column], now))
                           : QString(),
                       cell);
        when->setObjectName(QStringLiteral("edited%1").arg(column));
        when->setIndent(button->iconSize().width() + 6);
        QPalette quiet = when->palette();
        quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
        when->setPalette(quiet);
        layout->addWidget(when);
        grid->addWidget(cell, 0, column + 1);
    }
    keepLabel->setBuddy(m_keep->button(0));
    m_keep->button(0)->setChecked(true);
    connect(m_keep, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updatePlan();
    });

    // A row per field; the default is the value that is set, else the newer profile's.
    const QList<ProfileMerge::Field> secondWins =
        ProfileMerge::defaultFromOther(a, b, edited[1].isValid() && edited[1] > edited[0]);
    int row = 1;
    for (ProfileMerge::Field field : ProfileMerge::fields()) {
        auto* label = new QLabel(mnemonicLabel(field), this);
        grid->addWidget(label, row, 0);
        auto* group = new QButtonGroup(this);
        const bool same = ProfileMerge::sameValue(a, b, field);
        for (int column = 0; column < 2; ++column) {
            const ClientProfile& profile = *m_profiles[size_t(column)];
            const QString value = ProfileMerge::valueText(profile, field);
            auto* button = new QRadioButton(value.isEmpty() ? tr("(empty)") : value, this);
            button->setObjectName(QStringLiteral("%1_%2").arg(ProfileMerge::key(field)).arg(column));
            button->setAccessibleName(tr("%1 of \"%2\": %3")
                                          .arg(ProfileMerge::label(field), profile.fullName,
                                               value.isEmpty() ? tr("empty") : value));
            if (value.isEmpty()) {
                QFont italic = button->font();
                italic.setItalic(true);
                button->setFont(italic);
            }
            // One value in both: nothing to choose.
            button->setEnabled(!same);
            if (same)
                button->setToolTip(tr("The same in both profiles."));
            group->addButton(button, column);
            grid->addWidget(button, row, column + 1);
        }
        group->button(secondWins.contains(field) ? 1 : 0)->setChecked(true);
        label->setBuddy(group->checkedButton());
        connect(group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked)
                updatePlan();
        });
        m_choices.append(group);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
}

void ProfileMergeDialog::updatePlan() {
    m_plan.reset();
    m_ui->repointList->clear();
    m_ui->disableLabel->clear();
    if (m_profiles[0] && m_profiles[1] && m_keep) {
        const int kept = m_keep->checkedId();
        QList<ProfileMerge::Field> fromOther;
        for (qsizetype i = 0; i < m_choices.size(); ++i) {
            if (m_choices.at(i)->checkedId() != kept)
                fromOther.append(ProfileMerge::fields().at(i));
        }
        const auto plan =
            ProfileMerge(m_workspace).plan(profileId(kept), profileId(kept == 0 ? 1 : 0), fromOther);
        if (plan) {
            m_plan = plan.value();
            m_error.clear();
        } else {
            m_error = plan.error().toString();
        }
    }
    if (m_plan) {
        for (const ProfileMerge::Repoint& repoint : m_plan->repoints)
            m_ui->repointList->addItem(repoint.description);
        if (m_plan->repoints.isEmpty()) {
            m_ui->repointList->addItem(tr("Nothing names \"%1\".").arg(m_plan->other.fullName));
            m_ui->repointList->item(0)->setFlags(Qt::NoItemFlags);
        }
        m_ui->disableLabel->setText(
            m_plan->other.status == ProfileStatus::Disabled
                ? tr("\"%1\" is disabled already and stays so.").arg(m_plan->other.fullName)
                : tr("\"%1\" will be disabled (never deleted): its history stays.")
                      .arg(m_plan->other.fullName));
    }
    const QString problem = !m_error.isEmpty() ? m_error : m_forbidden;
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(!problem.isEmpty());
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_plan.has_value() && m_forbidden.isEmpty());
    ok->setToolTip(m_forbidden);
}

void ProfileMergeDialog::accept() {
    if (!m_plan)
        return;
    const Result<void> merged = ProfileMerge(m_workspace).apply(*m_plan);
    if (!merged) {
        // Read the store again, so that what is shown is what a second try would do; then say why.
        updatePlan();
        m_error = merged.error().toString();
        m_ui->errorLabel->setText(m_error);
        m_ui->errorLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace sitekeeper
