// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileIdentity.h"

namespace sitekeeper {

QString ProfileIdentity::emailKey(const QString& email) {
    return email.trimmed().toCaseFolded();
}

QString ProfileIdentity::nameKey(const QString& name) {
    return name.simplified().toCaseFolded();
}

ProfileIdentity::Match ProfileIdentity::match(const ClientProfile& a, const ClientProfile& b) {
    if (a.id == b.id)
        return Match::None;
    const QString emailA = emailKey(a.email);
    if (!emailA.isEmpty() && emailA == emailKey(b.email))
        return Match::Email;
    if (!a.mobilePhone.isEmpty() && a.mobilePhone == b.mobilePhone)
        return Match::Mobile;
    const QString nameA = nameKey(a.fullName);
    if (!nameA.isEmpty() && nameA == nameKey(b.fullName)) {
        for (const QString* phone : {&a.officePhone, &a.mobilePhone}) {
            if (!phone->isEmpty() && (*phone == b.officePhone || *phone == b.mobilePhone))
                return Match::NameAndPhone;
        }
    }
    return Match::None;
}

QString ProfileIdentity::describe(Match match) {
    switch (match) {
    case Match::None:
        return {};
    case Match::Email:
        return tr("the same email address");
    case Match::Mobile:
        return tr("the same mobile number");
    case Match::NameAndPhone:
        return tr("the same name and phone number");
    }
    return {};
}

} // namespace sitekeeper
