// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditorSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QProgressDialog>

#include <algorithm>
#include <memory>

namespace sitekeeper {

void fillTimeZones(QComboBox* combo, const QString& selected) {
    combo->clear();
    combo->addItem(QCoreApplication::translate("sitekeeper::EditorSupport", "(not set)"), QString());
    static const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray& id : zones) {
        const QString name = QString::fromLatin1(id);
        // Region/City ids only: the abbreviations and offsets are ambiguous for people.
        if (name.contains(QLatin1Char('/')) && !name.startsWith(QLatin1String("Etc/")))
            combo->addItem(name, name);
    }
    int index = combo->findData(selected);
    if (index < 0 && !selected.isEmpty()) {
        combo->addItem(selected, selected);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

QStringList splitList(const QString& text) {
    QStringList parts;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts << trimmed;
    }
    return parts;
}

void setOptionalDate(QCheckBox* set, QDateEdit* edit, const QDate& date) {
    QObject::connect(set, &QCheckBox::toggled, edit, &QWidget::setEnabled, Qt::UniqueConnection);
    set->setChecked(date.isValid());
    edit->setEnabled(date.isValid());
    edit->setDate(date.isValid() ? date : QDate::currentDate());
}

QDate optionalDate(const QCheckBox* set, const QDateEdit* edit) {
    return set->isChecked() ? edit->date() : QDate();
}

void makeHeading(QLabel* label) {
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    label->setFont(font);
}

void makeQuiet(QLabel* label) {
    QPalette palette = label->palette();
    const QColor quiet = palette.color(QPalette::PlaceholderText);
    palette.setColor(QPalette::WindowText, quiet);
    palette.setColor(QPalette::Text, quiet);
    label->setPalette(palette);
}

std::function<bool(qint64, qint64)> percentProgress(QProgressDialog& dialog) {
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setRange(0, 100);
    auto shown = std::make_shared<int>(-1);
    return [&dialog, shown](qint64 done, qint64 total) {
        const int percent = int(done * 100 / std::max<qint64>(total, 1));
        if (percent != *shown) {
            *shown = percent;
            dialog.setValue(percent);
        }
        return !dialog.wasCanceled();
    };
}

namespace {

// The tooltip an item had before a reason replaced it.
constexpr const char* ownToolTip = "sitekeeper_own_tooltip";

template <class Item>
void applyAllowed(Item* item, bool enabled, const QString& forbidden) {
    if (!item->property(ownToolTip).isValid())
        item->setProperty(ownToolTip, item->toolTip());
    item->setEnabled(enabled && forbidden.isEmpty());
    const QString own = item->property(ownToolTip).toString();
    item->setToolTip(forbidden.isEmpty() ? own : forbidden);
    item->setStatusTip(forbidden.isEmpty() ? QString() : forbidden);
}

} // namespace

void setAllowed(QWidget* widget, bool enabled, const QString& forbidden) {
    applyAllowed(widget, enabled, forbidden);
}

void setAllowed(QAction* action, bool enabled, const QString& forbidden) {
    applyAllowed(action, enabled, forbidden);
}

} // namespace sitekeeper
