// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Readiness.h"

#include <QColor>
#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class ActivationChecklist;
}

namespace sitekeeper {

// The activation checklist of one site (docs/USER_GUIDE.md, "Work through the activation checklist"): the
// score as a bar, and each item passed (✓) or not (✗) with what is missing and a "Go to" button to the place
// to fix it.
class ActivationChecklist : public QWidget {
    Q_OBJECT

public:
    explicit ActivationChecklist(QWidget* parent = nullptr);
    ~ActivationChecklist() override;

    // Shows a site's readiness; nothing (with a hint to run the check) when it is not known yet.
    void setReadiness(const std::optional<Readiness>& readiness);
    const std::optional<Readiness>& readiness() const { return m_readiness; }
    // The "Go to" button of an item (tests click it), or null when the item passed or is absent.
    QPushButton* goToButton(ReadinessItem::Key key) const;

    // Red below half, amber until complete, green when ready: the tree's Ready column uses it too.
    static QColor scoreColor(int score);

Q_SIGNALS:
    void goToRequested(const sitekeeper::ReadinessItem& item);

private:
    void clearItems();

    std::unique_ptr<Ui::ActivationChecklist> m_ui;
    std::optional<Readiness> m_readiness;
};

} // namespace sitekeeper
