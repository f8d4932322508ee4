// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpBrowser.h"

#include "ui_HelpBrowser.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace sitekeeper {

namespace {

constexpr int anchorRole = Qt::UserRole;

// A guide's image (a path relative to the guide) as a file the program holds.
QString imageFile(const QUrl& guide, const QString& name) {
    const QUrl resolved = guide.resolved(QUrl(name));
    return resolved.scheme() == QLatin1String("qrc") ? QLatin1Char(':') + resolved.path()
                                                     : resolved.toLocalFile();
}

} // namespace

HelpBrowser::HelpBrowser(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HelpBrowser>()) {
    m_ui->setupUi(this);
    // A window of its own: the console stays usable while the guide is open.
    setWindowFlag(Qt::Window);
    setWindowIcon(QIcon(QStringLiteral(":/icons/sitekeeper.svg")));
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({260, 840});
    m_ui->browser->document()->setDocumentMargin(16);

    connect(m_ui->browser, &QTextBrowser::sourceChanged, this, &HelpBrowser::prepareDocument);
    connect(m_ui->browser, &QTextBrowser::backwardAvailable, m_ui->backButton, &QWidget::setEnabled);
    connect(m_ui->browser, &QTextBrowser::forwardAvailable, m_ui->forwardButton, &QWidget::setEnabled);
    connect(m_ui->backButton, &QPushButton::clicked, m_ui->browser, &QTextBrowser::backward);
    connect(m_ui->forwardButton, &QPushButton::clicked, m_ui->browser, &QTextBrowser::forward);
    connect(m_ui->topButton, &QPushButton::clicked, this, [this] { showGuide(); });
    m_ui->backButton->setEnabled(false);
    m_ui->forwardButton->setEnabled(false);
    connect(m_ui->contentsTree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { showGuide(item->data(0, anchorRole).toString()); });
    connect(m_ui->contentsTree, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { showGuide(item->data(0, anchorRole).toString()); });

    // Typing searches from the top; Enter and Next go on, Shift+Enter and Previous go back.
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] {
        QTextCursor start = m_ui->browser->textCursor();
        start.movePosition(QTextCursor::Start);
        m_ui->browser->setTextCursor(start);
        search(false);
    });
    // No default button: Enter in the search field finds, it does not close the window.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this,
            [this] { search(QApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] { search(false); });
    connect(m_ui->previousButton, &QPushButton::clicked, this, [this] { search(true); });
    auto* findAction = new QAction(this);
    findAction->setShortcuts(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    addAction(findAction);

    showGuide();
}

HelpBrowser::~HelpBrowser() = default;

QUrl HelpBrowser::guideUrl() {
    return QUrl(QStringLiteral("qrc:/help/USER_GUIDE.md"));
}

QString HelpBrowser::slug(const QString& heading) {
    QString result;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            result += c;
        else if (c == QLatin1Char(' '))
            result += QLatin1Char('-');
    }
    return result;
}

QTextBrowser* HelpBrowser::browser() const {
    return m_ui->browser;
}

QTreeWidget* HelpBrowser::contents() const {
    return m_ui->contentsTree;
}

bool HelpBrowser::showGuide(const QString& anchor) {
    QUrl url = guideUrl();
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    // Loads the guide the first time (prepareDocument() runs then), else only scrolls.
    m_ui->browser->setSource(url, QTextDocument::MarkdownResource);
    if (anchor.isEmpty())
        m_ui->browser->verticalScrollBar()->setValue(0);
    markContents(anchor);
    return anchor.isEmpty() || m_anchors.contains(anchor);
}

void HelpBrowser::markContents(const QString& anchor) {
    QTreeWidget* tree = m_ui->contentsTree;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if (!anchor.isEmpty() && (*it)->data(0, anchorRole).toString() == anchor) {
            tree->setCurrentItem(*it);
            tree->scrollToItem(*it);
            return;
        }
    }
    tree->clearSelection();
    tree->setCurrentItem(nullptr);
}

bool HelpBrowser::showRule(const QString& ruleId) {
    const QString anchor = m_ruleAnchors.value(ruleId);
    return !anchor.isEmpty() && showGuide(anchor);
}

void HelpBrowser::prepareDocument(const QUrl& source) {
    QTextDocument* document = m_ui->browser->document();
    if (document->revision() == m_preparedRevision)
        return; // the same document, scrolled to another anchor
    // QTextBrowser reloads a document it saw change at the next link followed, even to an anchor in it:
    // the additions below are made unseen (the layout still learns of them), so links only scroll.
    const QSignalBlocker unseen(document);
    // Markdown headings come without anchors: each gets GitHub's, numbered when one repeats.
    m_anchors.clear();
    m_ruleAnchors.clear();
    m_ui->contentsTree->clear();
    QTreeWidgetItem* section = nullptr;
    static const QRegularExpression ruleHeading(QStringLiteral("^(SK\\d{3})\\b"));
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level == 0 || block.text().trimmed().isEmpty())
            continue;
        const QString base = slug(block.text());
        QString anchor = base;
        for (int n = 1; m_anchors.contains(anchor); ++n)
            anchor = base + QLatin1Char('-') + QString::number(n);
        m_anchors.append(anchor);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({anchor});
        cursor.mergeCharFormat(format);
        if (const auto match = ruleHeading.match(block.text()); match.hasMatch())
            m_ruleAnchors.insert(match.captured(1), anchor);

        // The contents: the sections (level 2) and their parts (level 3); the guide's own list of
        // contents is this tree already.
        if (level == 2 && anchor == QLatin1String("contents")) {
            section = nullptr;
        } else if (level == 2) {
            section = new QTreeWidgetItem(m_ui->contentsTree, {block.text()});
            section->setData(0, anchorRole, anchor);
        } else if (level == 3 && section) {
            auto* item = new QTreeWidgetItem(section, {block.text()});
            item->setData(0, anchorRole, anchor);
            item->setToolTip(0, block.text());
        }
    }
    scaleImages(source);
    m_preparedRevision = document->revision();
    // Anchors exist only now: scroll to the one asked for when the guide was loaded.
    if (const QString fragment = source.fragment(); !fragment.isEmpty())
        m_ui->browser->scrollToAnchor(fragment);
}

void HelpBrowser::scaleImages(const QUrl& source) {
    // Screenshots are taken at full window size; shown at that size they would be wider than the page.
    QTextDocument* document = m_ui->browser->document();
    struct Image {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Image> images;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat())
                images.append(
                    {fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()});
        }
    }
    for (Image& image : images) {
        const QImage picture(imageFile(source, image.format.name()));
        if (picture.isNull())
            continue;
        const double scale = std::min(1.0, double(maxImageWidth) / picture.width());
        image.format.setWidth(picture.width() * scale);
        image.format.setHeight(picture.height() * scale);
        QTextCursor cursor(document);
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(image.format);
    }
}

bool HelpBrowser::find(const QString& text, bool backward) {
    if (text.isEmpty())
        return false;
    QTextBrowser* browser = m_ui->browser;
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (browser->find(text, flags))
        return true;
    // Once more from the other end.
    QTextCursor wrapped = browser->textCursor();
    wrapped.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    browser->setTextCursor(wrapped);
    return browser->find(text, flags);
}

void HelpBrowser::search(bool backward) {
    const QString text = m_ui->searchEdit->text();
    const bool found = find(text, backward);
    m_ui->searchStatus->setText(text.isEmpty() || found ? QString() : tr("Not found"));
    m_ui->searchEdit->setStyleSheet(
        text.isEmpty() || found ? QString() : QStringLiteral("QLineEdit { color: #a4262c; }"));
}

void HelpBrowser::showAbout(QWidget* parent) {
    QMessageBox::about(
        parent, tr("About Sitekeeper"),
        tr("<h3>Sitekeeper %1</h3><p>The partner console for an outsourced Help Desk service: "
           "sites, client profiles, references, approvers, notification rules and credentials, "
           "checked against the service's best practices.</p><p>Help › User Guide (F1) explains how to use "
           "it.</p>")
            .arg(QStringLiteral(SITEKEEPER_VERSION)));
}

} // namespace sitekeeper
