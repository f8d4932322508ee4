// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProfileMerge.h"

#include <QDialog>
#include <QUuid>

#include <array>
#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace Ui {
class ProfileMergeDialog;
}

namespace sitekeeper {

class Workspace;

// Merges two client profiles of one site (SK202's fix, or two profiles selected in the list): the
// two side by side, which one is kept, a choice per field of whose value it keeps (at first the value
// that is set, else the one of the profile edited last), and the records that will name the profile
// kept instead of the other. Merge applies the ProfileMerge use case (one undo step); a refusal (the
// records changed meanwhile, the role may not edit) is shown and the dialog reads the store again.
class ProfileMergeDialog : public QDialog {
    Q_OBJECT

public:
    ProfileMergeDialog(Workspace& workspace, const QUuid& first, const QUuid& second,
                       QWidget* parent = nullptr);
    // Shows the dialog for the two profiles; the merge's undo text when the user merged, else none.
    static std::optional<QString> ask(Workspace& workspace, const QUuid& first, const QUuid& second,
                                      QWidget* parent);
    ~ProfileMergeDialog() override;

    // The plan shown; nothing when the two cannot be merged (error() says why).
    const std::optional<ProfileMerge::Plan>& plan() const { return m_plan; }
    QString error() const;
    // The profiles in their columns: 0 the first, 1 the second.
    QUuid profileId(int column) const;
    // The radio button that keeps the profile of `column`, and the one that takes `field` from it.
    QRadioButton* keepButton(int column) const;
    QRadioButton* choiceButton(ProfileMerge::Field field, int column) const;

    void accept() override;

private:
    void buildChoices();
    void updatePlan();

    std::unique_ptr<Ui::ProfileMergeDialog> m_ui;
    Workspace& m_workspace;
    std::array<std::optional<ClientProfile>, 2> m_profiles;
    QButtonGroup* m_keep = nullptr;
    QList<QButtonGroup*> m_choices; // one per ProfileMerge::fields(), buttons with ids 0 and 1
    std::optional<ProfileMerge::Plan> m_plan;
    QString m_error;
    QString m_forbidden;
};

} // namespace sitekeeper
