// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bundle.h"

#include <algorithm>

namespace sitekeeper {

namespace {

template <class T>
void sortList(QList<T>& list) {
    std::stable_sort(list.begin(), list.end(), displayOrder<T>);
}

template <class T>
bool sameRecords(QList<T> a, QList<T> b) {
    if (a.size() != b.size())
        return false;
    sortList(a);
    sortList(b);
    return a == b;
}

} // namespace

bool Bundle::operator==(const Bundle& other) const {
    return sameRecords(sites, other.sites) && sameRecords(profiles, other.profiles) &&
           sameRecords(references, other.references) && sameRecords(approvalTypes, other.approvalTypes) &&
           sameRecords(approvers, other.approvers) && sameRecords(rules, other.rules) &&
           sameRecords(contacts, other.contacts) && sameRecords(credentials, other.credentials) &&
           sameRecords(escalations, other.escalations);
}

void Bundle::sort() {
    sortList(sites);
    sortList(profiles);
    sortList(references);
    sortList(approvalTypes);
    sortList(approvers);
    sortList(rules);
    sortList(contacts);
    sortList(credentials);
    sortList(escalations);
}

bool Bundle::isEmpty() const {
    return sites.isEmpty() && profiles.isEmpty() && references.isEmpty() && approvalTypes.isEmpty() &&
           approvers.isEmpty() && rules.isEmpty() && contacts.isEmpty() && credentials.isEmpty() &&
           escalations.isEmpty();
}

} // namespace sitekeeper
