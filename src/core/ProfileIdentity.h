// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientProfile.h"

namespace sitekeeper {

// When two client profiles are the same person (SK202; the profile import matches the same way):
// the same normalised email, the same mobile number, or the same name and a shared phone number.
struct ProfileIdentity {
    enum class Match { None, Email, Mobile, NameAndPhone };

    // Trimmed and case-folded; empty for an empty address.
    static QString emailKey(const QString& email);
    // Case-folded, with runs of white space made one space and the ends trimmed.
    static QString nameKey(const QString& name);

    // The first reason (in the order above) two different profiles are the same person.
    static Match match(const ClientProfile& a, const ClientProfile& b);

    // "the same email address", ... (translated)
    static QString describe(Match match);

    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ProfileIdentity)
};

} // namespace sitekeeper
