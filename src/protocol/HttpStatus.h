// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace sitekeeper::protocol {

// The reason phrase of an HTTP status (RFC 9110): the server's status line, and the client's words
// for an error answer that has no message of its own.
QByteArray reasonPhrase(int status);

} // namespace sitekeeper::protocol
