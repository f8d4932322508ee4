// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"

#include <QUuid>
#include <QWidget>

#include <memory>
#include <optional>

class QTableView;

namespace Ui {
class FindingsPanel;
}

namespace sitekeeper {

class Checker;
class FindingsFilterModel;
class FindingsModel;
class Store;

// The Findings panel: every finding of the last check, filtered by severity, rule, site (all, or the
// one selected in the site tree) and words. Double-click or Enter opens the record to fix; "Apply
// Fix" asks for the finding's one-click fix; Explain (F1 on a selected finding) says why its rule
// matters and how to fix it. Opening, fixing and the user guide are the main window's job (it owns the
// editors, the undo stack and the help window): the panel only asks.
class FindingsPanel : public QWidget {
    Q_OBJECT

public:
    FindingsPanel(const Checker& checker, Store& store, QWidget* parent = nullptr);
    ~FindingsPanel() override;

    FindingsModel* model() const { return m_model; }
    FindingsFilterModel* filter() const { return m_filter; }
    QTableView* view() const;

    // The site selected in the tree: what the "Selected site" filter shows.
    void setCurrentSite(const QUuid& siteId);
    void setSeverityFilter(std::optional<Severity> severity);
    void setRuleFilter(const QString& ruleId);
    void setSelectedSiteOnly(bool selectedOnly);
    void setTextFilter(const QString& text);
    // The errors of one site only (the activation checklist's "no error finding left").
    void showSiteErrors(const QUuid& siteId);

    // Reads the Checker's findings again, keeping the selected finding when it is still there.
    void reload();
    std::optional<Finding> currentFinding() const;
    bool selectFinding(const Finding& finding);

    // The rule's id, title, severity and why it matters, in a message box; with a finding, also what is
    // wrong and how to fix it.
    void explainRule(const QString& ruleId);
    void explainFinding(const Finding& finding);

Q_SIGNALS:
    void openRequested(const sitekeeper::Finding& finding);
    void fixRequested(const sitekeeper::Finding& finding);
    // "Rule in the User Guide" in an explanation.
    void guideRequested(const QString& ruleId);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void explain(const QString& ruleId, const Finding* finding);
    void updateSiteFilter();
    void updateActions();

    std::unique_ptr<Ui::FindingsPanel> m_ui;
    FindingsModel* m_model = nullptr;
    FindingsFilterModel* m_filter = nullptr;
    QUuid m_currentSite;
    QString m_applyFixText; // the form's "Apply Fix", shown for every fix but a merge
};

} // namespace sitekeeper
