// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApprovalWhatIfDialog.h"
#include "ApproverEditor.h"
#include "Checker.h"
#include "ClientProfileEditor.h"
#include "ConflictsDialog.h"
#include "CredentialEditor.h"
#include "DemoWorkspace.h"
#include "DirectoryDiffDialog.h"
#include "DirectoryDiffModel.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "GuiTestSupport.h"
#include "HelpBrowser.h"
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
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMutex>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
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

// The text a person sees: accelerator marks removed ("&&" is a literal "&"), and a menu text's shortcut
// after its tab ("E&xplain This Finding\tF1").
QString shown(QString text) {
    if (const qsizetype tab = text.indexOf(QLatin1Char('\t')); tab >= 0)
        text.truncate(tab);
    text.replace("&&"_L1, "\x01"_L1);
    text.remove(QLatin1Char('&'));
    text.replace("\x01"_L1, "&"_L1);
    return text.trimmed();
}

// The pieces of a rich text between its tags, entities read ("<p><b>Severity:</b> High</p>": "Severity:",
// "High"): a message box or label that puts several messages together is checked message by message.
QStringList pieces(const QString& text) {
    if (!Qt::mightBeRichText(text))
        return {};
    static const QRegularExpression tag(u"<[^>]*>"_s);
    QStringList found;
    for (QString piece : text.split(tag, Qt::SkipEmptyParts)) {
        piece.replace("&lt;"_L1, "<"_L1)
            .replace("&gt;"_L1, ">"_L1)
            .replace("&quot;"_L1, "\""_L1)
            .replace("&apos;"_L1, "'"_L1)
            .replace("&#39;"_L1, "'"_L1)
            .replace("&nbsp;"_L1, " "_L1)
            .replace("&amp;"_L1, "&&"_L1); // a literal "&" for shown()
        piece = shown(piece);
        if (!piece.isEmpty())
            found.append(piece);
    }
    return found;
}

const QRegularExpression& placeholderPattern() {
    static const QRegularExpression pattern(u"%(?:L?[1-9]|n)"_s);
    return pattern;
}

// A text with placeholders as a pattern the filled-in text matches ("Rule %1" matches "Rule SK405"),
// allowing punctuation around it (" · " between the parts of a summary).
QRegularExpression filledIn(const QString& text) {
    QString pattern;
    qsizetype from = 0;
    for (const auto& match : placeholderPattern().globalMatch(text)) {
        pattern += QRegularExpression::escape(text.mid(from, match.capturedStart() - from)) + u"(.+?)"_s;
        from = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(text.mid(from));
    return QRegularExpression(u"^[\\W_]*"_s + pattern + u"[\\W_]*$"_s,
                              QRegularExpression::DotMatchesEverythingOption);
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

// The console in German: every window, editor, dialog and dock is walked (Compare With Directory with a
// file compared, the User Guide window, Explain This Finding and About included), and no text a person
// sees is an English message of the catalogue left untranslated, whole, filled in ("Rule %1") or as a
// piece of rich text. Also checks the catalogues themselves and the English plural forms.
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
    // English messages with placeholders: the filled-in text, its longest piece of words (to look for
    // before matching) and the patterns of its translations.
    struct Filled {
        QRegularExpression english;
        QString words;
        QList<QRegularExpression> german;
    };
    QList<Filled> m_filled;
    QStringList m_untranslated;
    int m_walked = 0;

    // Texts that are English messages and also right in German as they stand.
    const QSet<QString> m_sameInGerman{u"Sitekeeper"_s};

    // Adds the message `source` with its `translations` (as shown, or the pieces of rich text) to those
    // check() knows.
    void catalogue(const QString& source, const QStringList& translations) {
        QSet<QString> german;
        for (const QString& t : translations) {
            german.insert(shown(t));
            for (const QString& piece : pieces(t))
                german.insert(piece);
        }
        QStringList english = pieces(source);
        english.prepend(shown(source));
        for (const QString& text : std::as_const(english)) {
            if (text.isEmpty())
                continue;
            m_english[text].unite(german);
            // Only placeholders with enough words around them to tell a language by ("Rule %1", not
            // "%1: %2").
            const QStringList words = QString(text).replace(placeholderPattern(), u"\x01"_s).split(u'\x01');
            const QString longest =
                *std::max_element(words.cbegin(), words.cend(),
                                  [](const QString& a, const QString& b) { return a.size() < b.size(); });
            static const QRegularExpression letters(u"[A-Za-z]{3}"_s);
            if (words.size() < 2 || !longest.contains(letters))
                continue;
            Filled filled{filledIn(text), longest, {}};
            for (const QString& t : std::as_const(german))
                filled.german.append(filledIn(t));
            m_filled.append(filled);
        }
    }

    // The English message `text` (as shown) is, when the catalogue holds it, left English.
    bool untranslated(const QString& text) const {
        if (m_sameInGerman.contains(text))
            return false;
        if (const auto english = m_english.constFind(text); english != m_english.cend())
            return !english->contains(text);
        for (const Filled& filled : m_filled) {
            if (!text.contains(filled.words) || !filled.english.match(text).hasMatch())
                continue;
            if (std::none_of(filled.german.cbegin(), filled.german.cend(),
                             [&](const QRegularExpression& g) { return g.match(text).hasMatch(); }))
                return true;
        }
        return false;
    }

    void check(const QString& where, const QString& raw) {
        const QString text = shown(raw);
        if (text.isEmpty())
            return;
        ++m_walked;
        QStringList texts = pieces(raw);
        texts.prepend(text);
        for (const QString& t : std::as_const(texts)) {
            if (untranslated(t)) {
                m_untranslated.append(u"%1: \"%2\""_s.arg(where, t == text ? raw : t));
                return;
            }
        }
    }

    // The texts of every cell: the ones a dialog fills from its own messages ("Not in the file").
    void walkModelData(const QString& where, const QAbstractItemModel* model) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                check(where + u" cell"_s, index.data(Qt::DisplayRole).toString());
                check(where + u" cell tooltip"_s, index.data(Qt::ToolTipRole).toString());
            }
        }
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
        const QList<T> records = repository.list(query).value();
        return records.isEmpty() ? std::nullopt : std::optional<T>(records.constFirst());
    }

    // The site of tst_DirectoryDiffDialog and the screenshot there: profiles the export leaves out (one
    // an approver), one it disables, one whose number it changes, and people it adds.
    std::pair<std::unique_ptr<Workspace>, QUuid> alphaDental() {
        Bundle bundle;
        Site site;
        site.id = QUuid::createUuid();
        site.name = u"Alpha Dental"_s;
        site.timeZone = u"America/New_York"_s;
        site.emailDomains = {u"alphadental.com"_s};
        bundle.sites = {site};
        const auto person = [&](const QString& name, const QString& mobile, const QString& title) {
            ClientProfile p;
            p.id = QUuid::createUuid();
            p.siteId = site.id;
            p.fullName = name;
            p.email = name.section(u' ', 0, 0).toLower() + u"@alphadental.com"_s;
            p.mobilePhone = mobile;
            p.title = title;
            bundle.profiles.append(p);
            return p.id;
        };
        person(u"Ada Lovelace"_s, u"+12015550123"_s, u"Practice manager"_s);
        person(u"Grace Hopper"_s, u"+12015550188"_s, u"IT lead"_s);
        bundle.profiles.last().officePhone = u"+12015550100"_s;
        const QUuid alan = person(u"Alan Turing"_s, u"+12015550177"_s, u"Dentist"_s);
        person(u"Edsger Dijkstra"_s, u"+12015550144"_s, u"Dentist"_s);
        person(u"Frances Allen"_s, u"+12015550133"_s, u"Assistant"_s);
        person(u"John McCarthy"_s, {}, u"Temp"_s);
        bundle.approvalTypes = ApprovalType::builtins();
        for (const QString& type : {u"password_reset_other_user"_s, u"user_termination"_s}) {
            Approver approver;
            approver.id = QUuid::createUuid();
            approver.siteId = site.id;
            approver.approvalType = type;
            approver.personId = alan;
            approver.phones = {u"+12015550177"_s};
            approver.smsAuthentication = true;
            bundle.approvers.append(approver);
        }
        return {workspaceWith(m_dir.filePath(u"alpha"_s), bundle), site.id};
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
            catalogue(m.source, m.translations);
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

        // Site > Compare With Directory, before a file is chosen (germanDirectoryDiff compares one).
        onNextDialog(
            [this](QDialog* d) {
                CHECK(qobject_cast<DirectoryDiffDialog*>(d));
                walk(d);
                d->reject();
                return true;
            },
            &ok);
        window.findChild<QAction*>(u"actionCompareDirectory"_s)->trigger();
        QVERIFY(ok);

        // Help > Explain This Finding on a finding with a one-click fix, so that every part shows.
        window.showFindings();
        FindingsPanel* panel = window.findingsPanel();
        std::optional<Finding> chosen;
        for (const Finding& f : panel->model()->findings()) {
            if (FindingsModel::hasOneClickFix(f) && !f.fix.isEmpty()) {
                chosen = f;
                break;
            }
        }
        QVERIFY(chosen);
        QVERIFY(panel->selectFinding(*chosen));
        onNextDialog(
            [this](QDialog* d) {
                auto* box = qobject_cast<QMessageBox*>(d);
                CHECK(box && !box->informativeText().isEmpty());
                walk(d);
                d->accept();
                return true;
            },
            &ok);
        window.findChild<QAction*>(u"actionExplainFinding"_s)->trigger();
        QVERIFY(ok);
        // Without a selected finding it says where to select one.
        panel->view()->clearSelection();
        panel->view()->setCurrentIndex({});
        window.findChild<QAction*>(u"actionExplainFinding"_s)->trigger();
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
        check(u"status bar after Explain This Finding"_s, window.statusBar()->currentMessage());
        window.findingsDock()->hide();

        // Help > About Sitekeeper.
        onNextDialog(
            [this](QDialog* d) {
                CHECK(qobject_cast<QMessageBox*>(d));
                walk(d);
                d->accept();
                return true;
            },
            &ok);
        window.findChild<QAction*>(u"actionAbout"_s)->trigger();
        QVERIFY(ok);

        // Help > User Guide: the window's own texts are German; the guide itself is English.
        HelpBrowser* help = window.showUserGuide();
        QVERIFY(help);
        QVERIFY(QTest::qWaitForWindowExposed(help));
        walk(help);
        auto* search = help->findChild<QLineEdit*>(u"searchEdit"_s);
        QVERIFY(search);
        search->setText(u"qqzx no such words"_s);
        auto* status = help->findChild<QLabel*>(u"searchStatus"_s);
        QVERIFY(status && !status->text().isEmpty());
        check(u"HelpBrowser search status"_s, status->text());
        help->close();
        reportUntranslated();
    }

    // Site > Compare With Directory with a directory export read: the three lists with their counts,
    // headers and cells, the summary, the result of an action and a file with an unreadable row.
    void germanDirectoryDiff() {
        const auto [workspace, siteId] = alphaDental();
        QVERIFY(workspace);
        DirectoryDiffDialog dialog(*workspace, siteId);
        dialog.resize(1100, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A relative name, as in the English screenshot.
        QVERIFY(QFile::copy(QStringLiteral(SITEKEEPER_TEST_DATA "/gui/entra-users.csv"),
                            m_dir.filePath(u"entra-users.csv"_s)));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const bool compared = dialog.compareFile(u"entra-users.csv"_s);
        QDir::setCurrent(previous);
        QVERIFY(compared);
        QVERIFY(dialog.leavers()->rowCount() > 0 && dialog.joiners()->rowCount() > 0 &&
                dialog.numbers()->rowCount() > 0);
        QTest::qWait(50);
        walk(&dialog);
        screenshot(&dialog, u"directory-diff-de"_s);
        auto* tabs = dialog.findChild<QTabWidget*>(u"resultTabs"_s);
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(20);
            walk(tabs->currentWidget());
        }
        for (const DirectoryDiffModel* model : {dialog.leavers(), dialog.joiners(), dialog.numbers()})
            walkModelData(u"DirectoryDiffDialog"_s, model);

        // An action's result, then Undo.
        dialog.addSelectedJoiners();
        auto* status = dialog.findChild<QLabel*>(u"statusLabel"_s);
        QVERIFY(status && !status->text().isEmpty());
        check(u"DirectoryDiffDialog status"_s, status->text());
        workspace->undoStack().undo();

        // A row that cannot be read.
        const QString invalid = writeTestFile(m_dir, u"invalid.csv"_s,
                                              "userPrincipalName,displayName,accountEnabled,mobilePhone\r\n"
                                              "ada@alphadental.com,Ada Lovelace,True,+1 201 555 0123\r\n"
                                              "grace@alphadental.com,Grace Hopper,True,12\r\n"_ba);
        QVERIFY(dialog.compareFile(invalid));
        QTest::qWait(20);
        walk(&dialog);
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
