// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApprovalPlan.h"
#include "CheckInput.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ApprovalWhatIfDialog;
}

namespace sitekeeper {

// "What if this person asked for that?": shows the ApprovalPlan of a request at one site, chosen
// by approval type and requester (one of the site's active profiles), as a numbered list with the
// dead ends in red. Reads only the data it is given.
class ApprovalWhatIfDialog : public QDialog {
    Q_OBJECT

public:
    ApprovalWhatIfDialog(const SiteData& site, const PartnerData& partner, QWidget* parent = nullptr);
    ~ApprovalWhatIfDialog() override;

    // Choose programmatically (false when the type or the requester is not offered).
    bool setApprovalType(const QString& key);
    bool setRequester(const QUuid& profileId);

    QString approvalType() const;
    QUuid requester() const;
    const ApprovalPlan& plan() const { return m_plan; }
    // The plan as shown, in plain text.
    QString planText() const;

private:
    void fillRequesters();
    void updatePlan();
    QString planHtml() const;

    std::unique_ptr<Ui::ApprovalWhatIfDialog> m_ui;
    SiteData m_site;
    PartnerData m_partner;
    ApprovalPlan m_plan;
};

} // namespace sitekeeper
