// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "LdapDirectory.h"

#include <QUuid>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace Ui {
class LdapSourceWidget;
}

namespace sitekeeper {

class Workspace;

// The "LDAP / Active Directory" source of Compare With Directory (and of any screen that reads a user
// list): URL, StartTLS, base DN, bind DN, password, filter and CA file, with Remember (the source for the
// site in the workspace's settings, the password in the keychain: LdapSources). Read Directory reads it on
// a worker thread behind a progress dialog with Cancel, and says tableRead() or failed().
class LdapSourceWidget : public QWidget {
    Q_OBJECT

public:
    LdapSourceWidget(Workspace& workspace, const QUuid& siteId, QWidget* parent = nullptr);
    ~LdapSourceWidget() override;

    // The options as filled in.
    LdapDirectory::Options options() const;
    // "ldaps://dc1.example.com (ou=Users,dc=example,dc=com)", for messages.
    QString sourceName() const;
    bool isReading() const { return m_thread != nullptr; }

    // What Read Directory does.
    void read();

Q_SIGNALS:
    void tableRead(const sitekeeper::CsvTable& table);
    void failed(const QString& message);

private:
    void load();
    void browseCaFile();
    void start(const LdapDirectory::Options& options, const QByteArray& password);
    void finished();
    void fail(const QString& message);

    std::unique_ptr<Ui::LdapSourceWidget> m_ui;
    Workspace& m_workspace;
    QUuid m_siteId;
    std::optional<LdapDirectory::Options> m_remembered;
    // The worker's state: written by it, read here once it has finished (count: while it runs).
    struct Work {
        std::atomic<bool> cancel{false};
        std::atomic<qint64> entries{0};
        std::optional<Result<CsvTable>> result;
    };
    std::shared_ptr<Work> m_work;
    QThread* m_thread = nullptr;
    LdapDirectory::Options m_reading;
    QByteArray m_password; // while a read that will be remembered runs; cleared after
};

} // namespace sitekeeper
