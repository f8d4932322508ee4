// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"

#include <QComboBox>
#include <QDate>
#include <QTimeZone>

#include <functional>

class QAction;
class QCheckBox;
class QDateEdit;
class QLabel;
class QProgressDialog;

namespace sitekeeper {

// Fills a combo box with every value of an enum, shown by its translated name.
template <class E>
void fillEnumCombo(QComboBox* combo) {
    combo->clear();
    for (E value : allValues<E>())
        combo->addItem(displayName(value), toString(value));
}

template <class E>
void selectEnum(QComboBox* combo, E value) {
    combo->setCurrentIndex(combo->findData(toString(value)));
}

template <class E>
E enumFromCombo(const QComboBox* combo, E fallback) {
    return fromString<E>(combo->currentData().toString()).value_or(fallback);
}

// IANA time zones for a combo box, with the given one selected (added if the system lacks it).
void fillTimeZones(QComboBox* combo, const QString& selected);

// "a, b ,c" -> {"a", "b", "c"}; empty parts dropped.
QStringList splitList(const QString& text);

// An optional date edited as a check box ("set") beside a date edit.
void setOptionalDate(QCheckBox* set, QDateEdit* edit, const QDate& date);
QDate optionalDate(const QCheckBox* set, const QDateEdit* edit);

// A view's heading: larger and bold.
void makeHeading(QLabel* label);
// Secondary text (hints, captions) in the palette's placeholder colour, on a window or a base background.
void makeQuiet(QLabel* label);

// Greys out `widget` (or `action`) when `forbidden` says why the signed-in member's role may not use
// it (MemberRights), with that reason as its tooltip and status tip; `enabled` is its state
// otherwise. The tooltip it had comes back once it is allowed again.
void setAllowed(QWidget* widget, bool enabled, const QString& forbidden);
void setAllowed(QAction* action, bool enabled, const QString& forbidden);

// Sets `dialog` up for long work done in the GUI thread (window modal, shown after 300 ms, left open
// until closed) and returns the progress callback that drives it, cancelling once Cancel is clicked.
// The dialog repaints and takes Cancel at each value it is given: it gets one per percent, not one
// per unit of work, or thousands of units would spend more time painting than working.
std::function<bool(qint64 done, qint64 total)> percentProgress(QProgressDialog& dialog);

} // namespace sitekeeper
