#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <functional>

// Runs `interact` on the next modal dialog once it is up (QDialog::exec() blocks the test), and
// closes the dialog if the interaction fails so the test can report instead of hanging.
inline void onNextDialog(std::function<bool(QDialog*)> interact, bool* succeeded) {
    *succeeded = false;
    auto* timer = new QTimer;
    timer->setInterval(20);
    int* tries = new int(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, interact, succeeded] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog && ++*tries < 250)
            return;
        timer->stop();
        timer->deleteLater();
        delete tries;
        if (!dialog)
            return;
        *succeeded = interact(dialog);
        if (!*succeeded && dialog->isVisible())
            dialog->done(QDialog::Rejected + 100); // a code no editor asks about: closes without questions
    });
    timer->start();
}

inline void screenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("SITEKEEPER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

#define CHECK(cond)                                                                                          \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            qWarning("check failed: %s (%s:%d)", #cond, __FILE__, __LINE__);                                 \
            return false;                                                                                    \
        }                                                                                                    \
    } while (false)

// Clicks the first button of the message box `dialog` that has `role`.
inline bool clickMessageBoxButton(QDialog* dialog, QMessageBox::ButtonRole role) {
    auto* box = qobject_cast<QMessageBox*>(dialog);
    CHECK(box);
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
    }
    return false;
}
