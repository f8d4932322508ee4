#include "ApprovalWhatIfDialog.h"
#include "ApproverEditor.h"
#include "Checker.h"
#include "ClientProfileEditor.h"
#include "ConflictsDialog.h"
#include "CredentialEditor.h"
#include "DemoWorkspace.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "NotificationRuleEditor.h"
#include "PartnerContactEditor.h"
#include "PartnerDialog.h"
#include "PreferencesDialog.h"
#include "ProfileImportWizard.h"
#include "ReferenceEditor.h"
#include "SiteEditor.h"
#include "Store.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMutex>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTranslator>
#include <QWizard>
#include <QWizardPage>
#include <QXmlStreamReader>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

namespace {

// One message of a .ts file.
struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    bool finished = true;
};

QList<Message> readTs(const QString& path) {
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{context, {}, {}, true};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.finished = xml.attributes().value("type"_L1).isEmpty();
            QString text;
            // A numerus message holds <numerusform> children; a plain one only text.
            while (!(xml.isEndElement() && xml.name() == "translation"_L1) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                    message.translations.append(xml.readElementText());
            }
            if (message.translations.isEmpty())
                message.translations.append(text);
            messages.append(message);
        }
    }
    return messages;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(u"%[1-9]"_s);
    QStringList found;
    for (const auto& match : pattern.globalMatch(text))
        found.append(match.captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

// The text a person sees: accelerator marks removed ("&&" is a literal "&").
QString shown(QString text) {
    text.replace("&&"_L1, "\x01"_L1);
    text.remove(QLatin1Char('&'));
    text.replace("\x01"_L1, "&"_L1);
    return text.trimmed();
}

// Records every lookup that reaches it and answers none, so the real translators still answer. A
// lookup in one of Sitekeeper's contexts that the .ts does not hold means lupdate filed the text under
// another context than the code asks for (or the text is not marked for translation): it stays English.
// The checks run on worker threads too, hence the mutex.
class RecordingTranslator : public QTranslator {
public:
    QSet<QPair<QString, QString>> lookups() const {
        const QMutexLocker locker(&m_mutex);
        return m_lookups;
    }
    QString translate(const char* context, const char* sourceText, const char* /*disambiguation*/,
                      int /*n*/) const override {
        if (context && sourceText) {
            const QMutexLocker locker(&m_mutex);
            m_lookups.insert({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        }
        return {};
    }
    bool isEmpty() const override { return false; }

private:
    mutable QMutex m_mutex;
    mutable QSet<QPair<QString, QString>> m_lookups;
};

} // namespace

// The console in German: every window, editor, dialog and dock is walked, and no text a person sees is
// an English message of the catalogue left untranslated. Also checks the catalogues themselves and the
// English plural forms.
class tst_Translations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QList<Message> m_german;
    // English message (as shown) -> its German translations (as shown), over all contexts.
    QHash<QString, QSet<QString>> m_english;
    QSet<QPair<QString, QString>> m_catalogued;
    QSet<QString> m_contexts;
    RecordingTranslator m_recorder;
    QStringList m_untranslated;
    int m_walked = 0;

    // Texts that are English messages and also right in German as they stand.
    const QSet<QString> m_sameInGerman{u"Sitekeeper"_s};

    void check(const QString& where, const QString& raw) {
        const QString text = shown(raw);
        if (text.isEmpty())
            return;
        ++m_walked;
        const auto english = m_english.constFind(text);
        if (english == m_english.cend() || english->contains(text) || m_sameInGerman.contains(text))
            return;
        m_untranslated.append(u"%1: \"%2\""_s.arg(where, raw));
    }

    void walkMenu(const QString& where, QMenu* menu) {
        check(where + u" menu"_s, menu->title());
        walkActions(where + u" › "_s + shown(menu->title()), menu->actions());
    }

    void walkActions(const QString& where, const QList<QAction*>& actions) {
        QSet<QChar> accelerators;
        for (QAction* action : actions) {
            if (action->isSeparator())
                continue;
            check(where + u" action"_s, action->text());
            check(where + u" action tooltip"_s, action->toolTip());
            check(where + u" action status tip"_s, action->statusTip());
            // Accelerators are unique within one menu, or the second cannot be reached by its key.
            const qsizetype amp = action->text().indexOf(QLatin1Char('&'));
            if (amp >= 0 && amp + 1 < action->text().size() &&
                action->text().at(amp + 1) != QLatin1Char('&')) {
                const QChar key = action->text().at(amp + 1).toLower();
                if (accelerators.contains(key))
                    m_untranslated.append(
                        u"%1: accelerator '%2' used twice (\"%3\")"_s.arg(where, key, action->text()));
                accelerators.insert(key);
            }
            if (action->menu())
                walkMenu(where, action->menu());
        }
    }

    void walkModelHeaders(const QString& where, const QAbstractItemModel* model) {
        if (!model)
            return;
        for (int column = 0; column < model->columnCount(); ++column) {
            check(where + u" header"_s,
                  model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
            check(where + u" header tooltip"_s,
                  model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
    }

    // Every text of `root` and of the widgets in it, shown or not yet shown (other pages, tabs).
    void walk(QWidget* root) {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : std::as_const(widgets)) {
            const QString where =
                u"%1 %2 \"%3\""_s.arg(QLatin1StringView(root->metaObject()->className()),
                                      QLatin1StringView(w->metaObject()->className()), w->objectName());
            if (w->isWindow() || qobject_cast<QDockWidget*>(w))
                check(where + u" title"_s, w->windowTitle());
            check(where + u" tooltip"_s, w->toolTip());
            check(where + u" status tip"_s, w->statusTip());
            check(where + u" what's this"_s, w->whatsThis());
            check(where + u" accessible name"_s, w->accessibleName());
            check(where + u" accessible description"_s, w->accessibleDescription());
            if (auto* label = qobject_cast<QLabel*>(w))
                check(where, label->text());
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                check(where, button->text());
            if (auto* box = qobject_cast<QGroupBox*>(w))
                check(where, box->title());
            if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    check(where + u" tab"_s, tabs->tabText(i));
                    check(where + u" tab tooltip"_s, tabs->tabToolTip(i));
                }
            }
            if (auto* edit = qobject_cast<QLineEdit*>(w))
                check(where + u" placeholder"_s, edit->placeholderText());
            if (auto* edit = qobject_cast<QTextEdit*>(w))
                check(where + u" placeholder"_s, edit->placeholderText());
            if (auto* edit = qobject_cast<QPlainTextEdit*>(w))
                check(where + u" placeholder"_s, edit->placeholderText());
            if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
                check(where + u" special value"_s, spin->specialValueText());
            if (auto* spin = qobject_cast<QSpinBox*>(w)) {
                check(where + u" prefix"_s, spin->prefix());
                check(where + u" suffix"_s, spin->suffix());
            }
            if (auto* combo = qobject_cast<QComboBox*>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    check(where + u" item"_s, combo->itemText(i));
            }
            if (auto* list = qobject_cast<QListWidget*>(w)) {
                for (int i = 0; i < list->count(); ++i)
                    check(where + u" item"_s, list->item(i)->text());
            }
            if (auto* view = qobject_cast<QAbstractItemView*>(w))
                walkModelHeaders(where, view->model());
            if (auto* wizard = qobject_cast<QWizard*>(w)) {
                for (int id : wizard->pageIds()) {
                    check(where + u" page title"_s, wizard->page(id)->title());
                    check(where + u" page subtitle"_s, wizard->page(id)->subTitle());
                }
            }
            if (auto* chartView = qobject_cast<QChartView*>(w)) {
                QChart* chart = chartView->chart();
                check(where + u" chart"_s, chart->title());
                for (QAbstractSeries* series : chart->series())
                    check(where + u" series"_s, series->name());
                for (QAbstractAxis* axis : chart->axes()) {
                    check(where + u" axis"_s, axis->titleText());
                    if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
                        for (const QString& category : categories->categories())
                            check(where + u" category"_s, category);
                    }
                }
            }
            if (auto* bar = qobject_cast<QMenuBar*>(w))
                walkActions(where, bar->actions());
            else if (auto* menu = qobject_cast<QMenu*>(w))
                walkMenu(where, menu);
            else if (!w->actions().isEmpty())
                walkActions(where, w->actions());
            if (auto* status = qobject_cast<QStatusBar*>(w))
                check(where + u" message"_s, status->currentMessage());
        }
        checkAccelerators(root, widgets);
    }

    // The page `w` is on: a tab's or stack's page, a wizard page, or else the root. Accelerators must be
    // unique within a page and between a page and the root around it.
    static QWidget* pageOf(QWidget* w, QWidget* root) {
        for (QWidget* p = w; p && p != root; p = p->parentWidget()) {
            if (qobject_cast<QStackedWidget*>(p->parentWidget()) || qobject_cast<QWizardPage*>(p))
                return p;
        }
        return root;
    }

    void checkAccelerators(QWidget* root, const QList<QWidget*>& widgets) {
        QHash<QWidget*, QHash<QChar, QString>> keys; // page -> key -> text
        auto add = [&](QWidget* page, const QString& text) {
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (amp < 0 || amp + 1 >= text.size() || text.at(amp + 1) == QLatin1Char('&'))
                return;
            const QChar key = text.at(amp + 1).toLower();
            const QString other = keys[page].value(key);
            if (!other.isEmpty() && other != text)
                m_untranslated.append(u"%1: accelerator '%2' of \"%3\" and \"%4\""_s.arg(
                    QLatin1StringView(root->metaObject()->className()), key, other, text));
            keys[page].insert(key, text);
        };
        for (QWidget* w : widgets) {
            QWidget* page = pageOf(w, root);
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                add(page, button->text());
            if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
                add(page, label->text());
            if (auto* box = qobject_cast<QGroupBox*>(w))
                add(page, box->title());
            if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    add(pageOf(tabs, root), tabs->tabText(i));
            }
        }
        // A page's keys against those of the root it sits in.
        const QHash<QChar, QString> outer = keys.value(root);
        for (auto page = keys.cbegin(); page != keys.cend(); ++page) {
            if (page.key() == root)
                continue;
            for (auto key = page->cbegin(); key != page->cend(); ++key) {
                if (outer.contains(key.key()) && outer.value(key.key()) != key.value())
                    m_untranslated.append(u"%1: accelerator '%2' of \"%3\" and \"%4\""_s.arg(
                        QLatin1StringView(root->metaObject()->className()), key.key(), outer.value(key.key()),
                        key.value()));
            }
        }
    }

    // Shows `widget`, lets it settle, walks it and, when asked, saves a screenshot of it.
    void show(QWidget* widget, const QString& screenshotName = {}) {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        QTest::qWait(50);
        walk(widget);
        if (!screenshotName.isEmpty())
            screenshot(widget, screenshotName);
    }

    template <class T>
    std::optional<T> first(Repository<T>& repository, const QUuid& siteId = {}) {
        ListQuery query;
        if (!siteId.isNull())
            query.siteId = siteId;
        query.limit = 1;
        const QList<T> records = repository.list(query);
        return records.isEmpty() ? std::nullopt : std::optional<T>(records.constFirst());
    }

    void reportUntranslated() {
        const QStringList left = std::exchange(m_untranslated, {});
        QVERIFY2(left.isEmpty(),
                 qPrintable(u"%1 texts to fix in German:\n"_s.arg(left.size()) + left.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase() {
        m_german = readTs(QStringLiteral(SITEKEEPER_TRANSLATIONS_DIR "/sitekeeper_de.ts"));
        QVERIFY(m_german.size() > 1000);
        for (const Message& m : std::as_const(m_german)) {
            QSet<QString>& translations = m_english[shown(m.source)];
            for (const QString& t : m.translations)
                translations.insert(shown(t));
            m_catalogued.insert({m.context, m.source});
            m_contexts.insert(m.context);
        }
        m_workspace = openDemoWorkspace(m_dir.filePath(u"demo"_s), 12, 15, 7, QDate(2026, 6, 1));
        QVERIFY(m_workspace);
    }

    // Every German message is translated, with the placeholders of its source; the English file holds
    // the plural forms only, each filled in.
    void cataloguesAreComplete_data() {
        QTest::addColumn<QString>("file");
        QTest::addRow("German") << u"sitekeeper_de.ts"_s;
        QTest::addRow("English plurals") << u"sitekeeper_en.ts"_s;
    }
    void cataloguesAreComplete() {
        QFETCH(QString, file);
        const QList<Message> messages = readTs(QStringLiteral(SITEKEEPER_TRANSLATIONS_DIR "/") + file);
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + u": \""_s + m.source + u'"';
            if (!m.finished)
                problems << u"unfinished "_s + where;
            for (qsizetype i = 0; i < m.translations.size(); ++i) {
                const QString& t = m.translations.at(i);
                if (t.isEmpty())
                    problems << u"empty "_s + where;
                if (placeholders(t) != placeholders(m.source))
                    problems << u"placeholders differ in "_s + where + u" -> \""_s + t + u'"';
                // The last numerus form is the plural: it must name the count. A singular may say
                // "the first number" instead of "the first 1 numbers".
                if (m.source.contains("%n"_L1) && !t.contains("%n"_L1) && i == m.translations.size() - 1)
                    problems << u"%n missing in "_s + where + u" -> \""_s + t + u'"';
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void englishPluralsReadNaturally() {
        QVERIFY(Translations::install(u"en"_s));
        QCOMPARE(QCoreApplication::translate("sitekeeper::RecordTab", "%n record(s)", nullptr, 1),
                 u"1 record"_s);
        QCOMPARE(QCoreApplication::translate("sitekeeper::RecordTab", "%n record(s)", nullptr, 2),
                 u"2 records"_s);
        QCOMPARE(QCoreApplication::translate("sitekeeper::EscalationsView", "%n category(ies)", nullptr, 1),
                 u"1 category"_s);
        // Texts without a count are left to the sources.
        QCOMPARE(QCoreApplication::translate("sitekeeper::MainWindow", "Not checked"), u"Not checked"_s);
    }

    void languageFollowsChoiceThenSystem() {
        QCOMPARE(Translations::resolve(u"de"_s, {u"en-US"_s}), u"de"_s);
        QCOMPARE(Translations::resolve({}, {u"de-AT"_s, u"en"_s}), u"de"_s);
        QCOMPARE(Translations::resolve({}, {u"fr-FR"_s, u"en-GB"_s}), u"en"_s);
        QCOMPARE(Translations::resolve(u"xx"_s, {u"fr"_s}), u"en"_s);
    }

    void germanConsole() {
        QVERIFY(Translations::install(u"de"_s));
        QCoreApplication::installTranslator(&m_recorder);
        // Qt's own texts come from qtbase_de.qm when the system has it (qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);

        MainWindow window(*m_workspace);
        window.checker().setToday(QDate(2026, 6, 1));
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QTest::qWaitFor([&] { return window.checker().hasResults(); }));
        // A site with something to fix, as in the README's screenshots.
        QUuid shown;
        for (const auto& site : window.checker().sites()) {
            if (!site.readiness.ready() && site.coverage != Coverage::None &&
                (shown.isNull() || site.siteName < window.checker().site(shown)->siteName))
                shown = site.siteId;
        }
        QVERIFY(!shown.isNull());
        window.selectSite(shown);
        QTest::qWait(50);
        walk(&window);
        screenshot(&window, u"main-window-de"_s);

        // Every tab of the site, so that the lazily filled ones (coverage, escalations) fill.
        auto* tabs = window.findChild<QTabWidget*>(u"siteTabs"_s);
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(20);
            walk(tabs->currentWidget());
        }
        tabs->setCurrentIndex(0);

        window.showFindings();
        window.resizeDocks({window.findingsDock()}, {340}, Qt::Vertical);
        QTest::qWait(50);
        walk(window.findingsDock());
        for (QDockWidget* dock : {window.reviewDock(), window.dashboardDock()}) {
            dock->show();
            dock->raise();
            QTest::qWait(50);
            walk(dock);
        }
        screenshot(window.dashboardDock()->widget(), u"dashboard-de"_s);
        window.dashboardDock()->hide();
        window.reviewDock()->hide();
        window.findingsDock()->hide();

        // The approval what-if opens modally from its action.
        bool ok = false;
        onNextDialog(
            [this](QDialog* d) {
                walk(d);
                d->accept();
                return true;
            },
            &ok);
        window.findChild<QAction*>(u"actionApprovalWhatIf"_s)->trigger();
        QVERIFY(ok);
        reportUntranslated();
    }

    void germanEditorsAndDialogs() {
        Store& store = m_workspace->store();
        const auto site = first(store.sites());
        QVERIFY(site);
        {
            SiteEditor editor(*m_workspace, {}, site);
            show(&editor, u"site-editor-de"_s);
        }
        const auto profile = first(store.profiles(), site->id);
        QVERIFY(profile);
        {
            ClientProfileEditor editor(*m_workspace, site->id, profile);
            show(&editor);
        }
        {
            ReferenceEditor editor(*m_workspace, site->id, first(store.references()));
            show(&editor);
        }
        {
            ApproverEditor editor(*m_workspace, site->id, first(store.approvers()));
            show(&editor);
        }
        {
            NotificationRuleEditor editor(*m_workspace, site->id, first(store.notificationRules()));
            show(&editor, u"notification-rule-editor-de"_s);
        }
        {
            PartnerContactEditor editor(*m_workspace, {}, first(store.partnerContacts()));
            show(&editor);
        }
        {
            CredentialEditor editor(*m_workspace, site->id, first(store.credentials()));
            show(&editor);
        }
        {
            PreferencesDialog dialog(*m_workspace);
            show(&dialog, u"preferences-de"_s);
        }
        {
            ProfileImportWizard wizard(*m_workspace, site->id);
            show(&wizard);
        }
        {
            ConflictsDialog dialog(*m_workspace);
            show(&dialog);
        }
        {
            PartnerDialog dialog(*m_workspace);
            show(&dialog);
        }
        reportUntranslated();
    }

    // Every lookup made while walking found its message under the context the code asked for.
    void lookupsAreCatalogued() {
        QVERIFY(m_walked > 1000);
        QStringList missing;
        for (const auto& [context, source] : m_recorder.lookups()) {
            const bool ours = m_contexts.contains(context) || context.startsWith("sitekeeper::"_L1);
            if (ours && !m_catalogued.contains({context, source}))
                missing << context + u": \""_s + source + u'"';
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(u"Not in the catalogue:\n"_s + missing.join(u'\n')));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
