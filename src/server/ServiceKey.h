// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Sealing.h"

#include <QCoreApplication>
#include <QString>

namespace sitekeeper::server {

// The service's X25519 key pair in a file of its own, outside the database: a copy of the database
// (a backup, a replica) then opens none of the boxes sealed for the service. The file is two lines,
// `sitekeeper-service-key-v1` and the 32-byte private key in base64, and only its owner may read it.
class ServiceKey {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::server::ServiceKey)

public:
    static constexpr const char* header = "sitekeeper-service-key-v1";

    // `option` (--service-key) when given, else the key systemd hands over with
    // `LoadCredential=service-key:...` ($CREDENTIALS_DIRECTORY/service-key) when it exists and is not
    // the word "none"; empty: none.
    static QString path(const QString& option);
    // The key pair of the file at `path`; refused when the group or others may read or write it (its
    // mode must be 0600 or 0400), or when it is not a key file.
    static Result<protocol::sealing::KeyPair> read(const QString& path);
    // Makes a new key pair and writes it to a new file at `path` (mode 0600); an existing file is
    // never overwritten.
    static Result<protocol::sealing::KeyPair> create(const QString& path);
};

} // namespace sitekeeper::server
