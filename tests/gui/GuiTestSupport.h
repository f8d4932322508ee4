// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Checker.h"
#include "MainWindow.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

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

// Writes `bytes` to the file `name` in `dir`: its path, or empty when it cannot be written.
inline QString writeTestFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

// A new workspace in `folder` holding `bundle`; null when it cannot be made.
inline std::unique_ptr<sitekeeper::Workspace> workspaceWith(const QString& folder,
                                                            const sitekeeper::Bundle& bundle) {
    auto opened = sitekeeper::Workspace::open(folder, sitekeeper::Workspace::OpenMode::CreateIfMissing);
    if (!opened)
        return nullptr;
    std::unique_ptr<sitekeeper::Workspace> workspace = std::move(opened).value();
    if (!workspace->importBundle(bundle))
        return nullptr;
    return workspace;
}

// A shown console over `workspace` whose first check ran with `today`; null when it did not come up.
inline std::unique_ptr<sitekeeper::MainWindow>
openCheckedWindow(sitekeeper::Workspace& workspace, const QDate& today, QSize size = {1280, 800}) {
    auto window = std::make_unique<sitekeeper::MainWindow>(workspace);
    window->checker().setToday(today);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    // The check runs from a zero timer once the event loop turns.
    if (!QTest::qWaitFor([&] { return window->checker().hasResults(); }))
        return nullptr;
    return window;
}
