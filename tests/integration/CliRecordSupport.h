// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the record command tests (not a test itself: no tst_ prefix).

#include "CliRunner.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitekeeper::test {

// Runs one command on `workspace`; a failed QVERIFY inside leaves the caller's test failed.
inline bool cliOk(const QString& workspace, const QStringList& args, const QByteArray& input = {},
                  QByteArray* out = nullptr) {
    const CliRun run = runCli(workspace, args, input);
    if (run.exitCode != 0) {
        qWarning().noquote() << args.join(QLatin1Char(' ')) << '\n' << describe(run);
        return false;
    }
    if (out)
        *out = run.out;
    return true;
}

// The whole workspace as a bundle: equal output means an unchanged workspace.
inline QByteArray bundleOf(const QString& workspace) {
    const CliRun run = runCli(workspace, {QStringLiteral("export"), QStringLiteral("bundle"),
                                          QStringLiteral("-o"), QStringLiteral("-")});
    return run.exitCode == 0 ? run.out : QByteArray("export failed: ") + run.err;
}

inline QJsonObject statsOf(const QString& workspace) {
    const CliRun run =
        runCli(workspace, {QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")});
    return QJsonDocument::fromJson(run.out).object();
}

inline QJsonObject showJson(const QString& workspace, const QStringList& args) {
    const CliRun run =
        runCli(workspace, args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    return QJsonDocument::fromJson(run.out).object();
}

// The built-in approval types' keys (docs/bundle-format.md).
inline QStringList builtinApprovalTypes() {
    return {QStringLiteral("password_reset_other_user"),
            QStringLiteral("new_user_setup"),
            QStringLiteral("user_termination"),
            QStringLiteral("group_permission_change"),
            QStringLiteral("mailbox_access"),
            QStringLiteral("software_install"),
            QStringLiteral("license_assignment"),
            QStringLiteral("hardware_purchase"),
            QStringLiteral("remote_access")};
}

// Builds, with command-line calls only, a covered site "Harbor Office" with everything the rules ask
// for except credentials: Answer As, an email domain, business hours, three profiles with mobiles,
// the four required references, approvers for every built-in type, a phone rule with two escalation
// contacts, a call-before contact and an email recipient. `today` is the review date.
inline bool buildCoveredSite(const QString& ws, const QDate& today) {
    const QString site = QStringLiteral("Harbor Office");
    const QString reviewed = today.toString(Qt::ISODate);
    bool ok = cliOk(ws, {QStringLiteral("init")});
    ok = ok &&
         cliOk(ws, {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"), site,
                    QStringLiteral("--coverage"), QStringLiteral("always"), QStringLiteral("--answer-as"),
                    QStringLiteral("site_name"), QStringLiteral("--email-domain"),
                    QStringLiteral("harbor.example"), QStringLiteral("--time-zone"),
                    QStringLiteral("America/New_York"), QStringLiteral("--business-hours"),
                    QStringLiteral("mon,tue,wed,thu,fri 08:00-18:00 America/New_York"),
                    QStringLiteral("--sla"), QStringLiteral("p1=15/240")});
    const QList<QStringList> profiles{{QStringLiteral("Ada Lovelace"), QStringLiteral("ada@harbor.example"),
                                       QStringLiteral("+12125550101")},
                                      {QStringLiteral("Grace Hopper"), QStringLiteral("grace@harbor.example"),
                                       QStringLiteral("+12125550102")},
                                      {QStringLiteral("Alan Turing"), QStringLiteral("alan@harbor.example"),
                                       QStringLiteral("+12125550103")}};
    for (const QStringList& p : profiles)
        ok = ok && cliOk(ws, {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--site"),
                              site, QStringLiteral("--full-name"), p[0], QStringLiteral("--email"), p[1],
                              QStringLiteral("--mobile-phone"), p[2]});
    for (const QString& topic : {QStringLiteral("new_user_setup"), QStringLiteral("user_termination"),
                                 QStringLiteral("remote_access"), QStringLiteral("mfa")})
        ok = ok &&
             cliOk(ws, {QStringLiteral("reference"), QStringLiteral("add"), QStringLiteral("--site"), site,
                        QStringLiteral("--title"), QStringLiteral("Runbook ") + topic,
                        QStringLiteral("--topic"), topic, QStringLiteral("--body"),
                        QStringLiteral("The steps for ") + topic, QStringLiteral("--owner"),
                        QStringLiteral("ada@harbor.example"), QStringLiteral("--last-reviewed"), reviewed});
    const QList<QStringList> contacts{
        {QStringLiteral("Dana Tech"), QStringLiteral("dana@msp.example"), QStringLiteral("+12125550201")},
        {QStringLiteral("Eli Tech"), QStringLiteral("eli@msp.example"), QStringLiteral("+12125550202")},
        {QStringLiteral("Fay Lead"), QStringLiteral("fay@msp.example"), QStringLiteral("+12125550203")}};
    for (const QStringList& c : contacts)
        ok = ok && cliOk(ws, {QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--name"),
                              c[0], QStringLiteral("--email"), c[1], QStringLiteral("--phone"), c[2],
                              QStringLiteral("--availability"),
                              QStringLiteral("mon-sun 00:00-00:00 America/New_York")});
    for (const QString& type : builtinApprovalTypes())
        ok = ok && cliOk(ws, {QStringLiteral("approver"), QStringLiteral("add"), QStringLiteral("--site"),
                              site, QStringLiteral("--approval-type"), type, QStringLiteral("--person"),
                              QStringLiteral("grace@harbor.example"), QStringLiteral("--phone"),
                              QStringLiteral("+12125550102"), QStringLiteral("--last-reviewed"), reviewed});
    ok = ok && cliOk(ws, {QStringLiteral("rule"),
                          QStringLiteral("add"),
                          QStringLiteral("--site"),
                          site,
                          QStringLiteral("--name"),
                          QStringLiteral("Around the clock"),
                          QStringLiteral("--window"),
                          QStringLiteral("mon-sun 00:00-00:00 America/New_York"),
                          QStringLiteral("--method"),
                          QStringLiteral("phone"),
                          QStringLiteral("--escalation-contact"),
                          QStringLiteral("Dana Tech"),
                          QStringLiteral("--escalation-contact"),
                          QStringLiteral("eli@msp.example"),
                          QStringLiteral("--call-before-escalating"),
                          QStringLiteral("yes"),
                          QStringLiteral("--call-before-contact"),
                          QStringLiteral("Fay Lead"),
                          QStringLiteral("--email-recipient"),
                          QStringLiteral("noc@msp.example")});
    return ok;
}

} // namespace sitekeeper::test
