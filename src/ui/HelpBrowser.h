// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTextBrowser;
class QTreeWidget;

namespace Ui {
class HelpBrowser;
}

namespace sitekeeper {

// Help > User Guide (F1): docs/USER_GUIDE.md and the screenshots it shows, built into the program as
// resources, in a window of its own beside the console. Headings get the anchors GitHub gives them, so
// the guide's own links (#keyboard-shortcuts) work in both places; a contents tree lists the sections,
// and a search field finds words in the text.
class HelpBrowser : public QDialog {
    Q_OBJECT

public:
    explicit HelpBrowser(QWidget* parent = nullptr);
    ~HelpBrowser() override;

    // qrc:/help/USER_GUIDE.md
    static QUrl guideUrl();
    // Help > About Sitekeeper: the version and what the program is for.
    static void showAbout(QWidget* parent);
    // The anchor GitHub makes of a heading: lower case, punctuation dropped, spaces as hyphens.
    static QString slug(const QString& heading);
    // Largest width a screenshot is shown at, in pixels; wider ones are scaled down.
    static constexpr int maxImageWidth = 720;

    QTextBrowser* browser() const;
    QTreeWidget* contents() const;

    // Shows the guide, at the heading with `anchor` when one is given (false when there is none).
    bool showGuide(const QString& anchor = QString());
    // Shows the section of a rule ("SK405"); false when the guide has none.
    bool showRule(const QString& ruleId);
    // The anchors of the guide's headings, in order.
    QStringList anchors() const { return m_anchors; }
    // Selects the next (or previous) place `text` appears, wrapping around; false when it appears nowhere.
    bool find(const QString& text, bool backward = false);

private:
    // `source` is the guide's URL as loaded (source() is not yet updated when the document is new).
    void prepareDocument(const QUrl& source);
    void scaleImages(const QUrl& source);
    void search(bool backward);
    // Marks `anchor`'s entry in the contents tree (none for an empty anchor).
    void markContents(const QString& anchor);

    std::unique_ptr<Ui::HelpBrowser> m_ui;
    QStringList m_anchors;
    QHash<QString, QString> m_ruleAnchors; // "SK405" -> its heading's anchor
    int m_preparedRevision = -1;
};

} // namespace sitekeeper
