// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checker.h"
#include "DemoWorkspace.h"
#include "FindingFix.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "GuiTestSupport.h"
#include "HelpBrowser.h"
#include "MainWindow.h"
#include "Rulebook.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

// Help: F1 opens the user guide (built into the program) with working anchors, images, contents and
// search; Explain This Finding tells the selected finding's rule, why it matters and how to fix it, and
// leads to the rule's section of the guide; About names the version.
class tst_HelpBrowser : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDate m_today{2026, 6, 1};
    std::unique_ptr<Workspace> m_workspace;

    std::unique_ptr<MainWindow> openWindow() { return openCheckedWindow(*m_workspace, m_today); }

    // The fragments of the guide that are images, and those that are links.
    static QList<QTextFragment> fragments(const QTextDocument* document, bool images) {
        QList<QTextFragment> found;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (images ? format.isImageFormat() : !format.anchorHref().isEmpty())
                    found.append(it.fragment());
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_workspace = openDemoWorkspace(m_dir.filePath(u"demo"_s), 4, 12, 7, m_today);
        QVERIFY(m_workspace);
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void f1OpensTheGuide() {
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(!window->helpBrowser());
        auto* action = window->findChild<QAction*>(u"actionUserGuide"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
        auto* tree = window->findChild<QTreeView*>(u"siteTree"_s);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_F1);
        HelpBrowser* help = window->helpBrowser();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QTextBrowser* browser = help->browser();
        QCOMPARE(browser->source().adjusted(QUrl::RemoveFragment), HelpBrowser::guideUrl());

        // The guide's parts are headings with GitHub's anchors, and the contents tree lists them.
        const QStringList anchors = help->anchors();
        for (const QString& anchor :
             {u"sitekeeper-user-guide"_s, u"onboarding-a-site-to-go-live"_s, u"the-yearly-review"_s,
              u"the-weekly-escalation-review"_s, u"keyboard-shortcuts"_s, u"the-rules"_s,
              u"9-push-to-the-backend-and-go-live"_s, u"find-the-leavers-compare-with-the-directory"_s})
            QVERIFY2(anchors.contains(anchor), qPrintable(anchor));
        QVERIFY(browser->toPlainText().contains(u"Onboarding a site to go-live"));
        QVERIFY(help->contents()->topLevelItemCount() >= 6);
        QCOMPARE(HelpBrowser::slug(u"SK101 — A covered site has no Answer As"_s),
                 u"sk101--a-covered-site-has-no-answer-as");

        // Every rule has its section, and every link inside the guide leads to a heading.
        for (const QString& id : Rulebook::instance().ids())
            QVERIFY2(help->showRule(id), qPrintable(id));
        QVERIFY(!help->showRule(u"SK999"_s));
        const QList<QTextFragment> links = fragments(browser->document(), false);
        QVERIFY(links.size() >= 10);
        int documents = 0;
        for (const QTextFragment& link : links) {
            const QString href = link.charFormat().anchorHref();
            if (href.startsWith(u'#')) {
                QVERIFY2(anchors.contains(href.mid(1)), qPrintable(href));
            } else if (!href.startsWith(u"http"_s) && !href.startsWith(u"mailto:"_s)) {
                // Another document of the guide (the rulebook's table): it is built in too.
                const QUrl target = browser->source().resolved(QUrl(href));
                QVERIFY2(QFile::exists(u':' + target.path()), qPrintable(href));
                ++documents;
            }
        }
        QVERIFY(documents >= 1);

        // The shortcuts table names the shortcut of every menu command (the first: standard keys such as
        // Undo add the platform's extra ones).
        const QString shortcutsTable = browser->toPlainText().section(u"Keyboard shortcuts"_s, -1);
        int shortcuts = 0;
        for (QAction* menu : window->menuBar()->actions()) {
            for (QAction* command : menu->menu()->actions()) {
                const QString key = command->shortcut().toString(QKeySequence::PortableText);
                if (key.isEmpty())
                    continue;
                ++shortcuts;
                QVERIFY2(shortcutsTable.contains(key), qPrintable(command->text() + u' ' + key));
            }
        }
        QVERIFY(shortcuts >= 20);

        // Every screenshot the guide shows is built in, and scaled to the page.
        const QList<QTextFragment> images = fragments(browser->document(), true);
        QVERIFY(images.size() >= 15);
        for (const QTextFragment& fragment : images) {
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QVariant data = browser->loadResource(QTextDocument::ImageResource, QUrl(image.name()));
            const QImage picture = data.userType() == QMetaType::QImage
                                       ? data.value<QImage>()
                                       : QImage::fromData(data.toByteArray());
            QVERIFY2(!picture.isNull(), qPrintable(image.name()));
            QVERIFY2(image.width() > 0 && image.width() <= HelpBrowser::maxImageWidth,
                     qPrintable(image.name()));
        }
    }

    void linksContentsAndSearch() {
        auto window = openWindow();
        QVERIFY(window);
        HelpBrowser* help = window->showUserGuide();
        help->resize(1100, 760);
        QVERIFY(QTest::qWaitForWindowExposed(help));
        QTextBrowser* browser = help->browser();
        QCOMPARE(browser->verticalScrollBar()->value(), 0);

        // A click on the contents' link to the rules scrolls there, and Back returns.
        QTextFragment rulesLink;
        for (const QTextFragment& link : fragments(browser->document(), false)) {
            if (link.charFormat().anchorHref() == u"#the-rules") {
                rulesLink = link;
                break;
            }
        }
        QVERIFY(rulesLink.isValid());
        QTextCursor cursor(browser->document());
        cursor.setPosition(rulesLink.position() + 1);
        const QPoint at = browser->cursorRect(cursor).center();
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(browser->source().fragment(), u"the-rules");
        QVERIFY(browser->verticalScrollBar()->value() > 0);
        auto* back = help->findChild<QPushButton*>(u"backButton"_s);
        QVERIFY(back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QTRY_COMPARE(browser->verticalScrollBar()->value(), 0);

        // The contents tree goes to a section.
        QTreeWidgetItem* shortcuts = nullptr;
        for (int i = 0; i < help->contents()->topLevelItemCount(); ++i) {
            if (help->contents()->topLevelItem(i)->text(0) == u"Keyboard shortcuts")
                shortcuts = help->contents()->topLevelItem(i);
        }
        QVERIFY(shortcuts);
        help->contents()->scrollToItem(shortcuts);
        QTest::mouseClick(help->contents()->viewport(), Qt::LeftButton, {},
                          help->contents()->visualItemRect(shortcuts).center());
        QCOMPARE(browser->source().fragment(), u"keyboard-shortcuts");
        QVERIFY(browser->verticalScrollBar()->value() > 0);

        // Search: typing finds the first place, Next the following one; words not there are said so.
        auto* search = help->findChild<QLineEdit*>(u"searchEdit"_s);
        auto* status = help->findChild<QLabel*>(u"searchStatus"_s);
        search->setText(u"SK504"_s);
        QCOMPARE(browser->textCursor().selectedText(), u"SK504");
        const int first = browser->textCursor().position();
        QTest::mouseClick(help->findChild<QPushButton*>(u"nextButton"_s), Qt::LeftButton);
        QCOMPARE(browser->textCursor().selectedText(), u"SK504");
        const int second = browser->textCursor().position();
        QVERIFY(second > first);
        QVERIFY(status->text().isEmpty());
        // Enter finds the next place too, and leaves the window open.
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(help->isVisible());
        QCOMPARE(browser->textCursor().selectedText(), u"SK504");
        QVERIFY(browser->textCursor().position() != second);
        search->setText(u"qqzx no such words"_s);
        QCOMPARE(status->text(), u"Not found");

        // The screenshot: the directory comparison's section, with its picture.
        search->clear();
        help->showGuide(u"find-the-leavers-compare-with-the-directory"_s);
        help->contents()->expandAll();
        screenshot(help, u"help-guide"_s);
    }

    void explainTheSelectedFinding() {
        auto window = openWindow();
        QVERIFY(window);
        window->showFindings();
        FindingsPanel* panel = window->findingsPanel();
        // A finding with a one-click fix, so that every part of the explanation shows.
        std::optional<Finding> chosen;
        for (const Finding& f : panel->model()->findings()) {
            if (FindingsModel::hasOneClickFix(f) && f.rule == u"SK405") {
                chosen = f;
                break;
            }
        }
        QVERIFY(chosen);
        QVERIFY(panel->selectFinding(*chosen));
        const Rule* rule = Rulebook::instance().rule(chosen->rule);
        QVERIFY(rule);

        // F1 on the selected finding explains it (and does not open the guide).
        bool ok = false;
        onNextDialog(
            [&](QDialog* d) {
                auto* box = qobject_cast<QMessageBox*>(d);
                CHECK(box);
                CHECK(box->text().contains(chosen->rule));
                CHECK(box->text().contains(rule->title().toHtmlEscaped()));
                const QString details = box->informativeText();
                CHECK(details.contains(u"Warning"));
                CHECK(details.contains(rule->explanation().toHtmlEscaped()));
                CHECK(details.contains(chosen->message.toHtmlEscaped()));
                CHECK(details.contains(chosen->fix.toHtmlEscaped()));
                CHECK(details.contains(FindingFix::describe(chosen->action)));
                box->resize(box->sizeHint());
                screenshot(box, u"help-explain"_s);
                box->accept();
                return true;
            },
            &ok);
        panel->view()->setFocus();
        QTest::keyClick(panel->view(), Qt::Key_F1);
        QVERIFY(ok);
        QVERIFY(!window->helpBrowser());

        // Help > Explain This Finding shows the same; its button leads to the rule in the guide.
        onNextDialog(
            [&](QDialog* d) {
                auto* box = qobject_cast<QMessageBox*>(d);
                CHECK(box && box->text().contains(chosen->rule));
                for (QAbstractButton* button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::HelpRole) {
                        QTest::mouseClick(button, Qt::LeftButton);
                        return true;
                    }
                }
                return false;
            },
            &ok);
        window->findChild<QAction*>(u"actionExplainFinding"_s)->trigger();
        QVERIFY(ok);
        HelpBrowser* help = window->helpBrowser();
        QVERIFY(help && help->isVisible());
        QVERIFY(help->browser()->source().fragment().startsWith(chosen->rule.toLower() + u"--"_s));
        QVERIFY(help->browser()->verticalScrollBar()->value() > 0);

        // Without a selected finding, Explain points at the Findings panel instead.
        panel->view()->clearSelection();
        panel->view()->setCurrentIndex({});
        window->findChild<QAction*>(u"actionExplainFinding"_s)->trigger();
        QVERIFY(window->findingsDock()->isVisible());
        QVERIFY(window->statusBar()->currentMessage().contains(u"Select a finding"));
    }

    void aboutNamesTheVersion() {
        auto window = openWindow();
        QVERIFY(window);
        bool ok = false;
        onNextDialog(
            [](QDialog* d) {
                auto* box = qobject_cast<QMessageBox*>(d);
                CHECK(box);
                CHECK(box->text().contains(u"Sitekeeper " SITEKEEPER_VERSION));
                box->accept();
                return true;
            },
            &ok);
        window->findChild<QAction*>(u"actionAbout"_s)->trigger();
        QVERIFY(ok);
    }
};

QTEST_MAIN(tst_HelpBrowser)
#include "tst_HelpBrowser.moc"
