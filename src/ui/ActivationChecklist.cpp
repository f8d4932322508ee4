// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivationChecklist.h"

#include "ui_ActivationChecklist.h"

#include <QLabel>
#include <QPushButton>

namespace sitekeeper {

ActivationChecklist::ActivationChecklist(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ActivationChecklist>()) {
    m_ui->setupUi(this);
    m_ui->itemsLayout->setColumnStretch(1, 1);
    setReadiness(std::nullopt);
}

ActivationChecklist::~ActivationChecklist() = default;

QColor ActivationChecklist::scoreColor(int score) {
    if (score >= 100)
        return QColor(0x12, 0x8a, 0x4a);
    if (score >= 50)
        return QColor(0xdc, 0x8a, 0x06);
    return QColor(0xd9, 0x2d, 0x20);
}

void ActivationChecklist::clearItems() {
    while (QLayoutItem* item = m_ui->itemsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QPushButton* ActivationChecklist::goToButton(ReadinessItem::Key key) const {
    return m_ui->items->findChild<QPushButton*>(QStringLiteral("goTo_") + Readiness::keyString(key));
}

void ActivationChecklist::setReadiness(const std::optional<Readiness>& readiness) {
    m_readiness = readiness;
    clearItems();
    m_ui->emptyLabel->setVisible(!readiness);
    m_ui->scoreBar->setVisible(readiness.has_value());
    m_ui->scoreLabel->setVisible(readiness.has_value());
    m_ui->items->setVisible(readiness.has_value());
    if (!readiness)
        return;
    const int score = readiness->score();
    m_ui->scoreBar->setValue(score);
    m_ui->scoreBar->setStyleSheet(
        QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px; "
                       "max-height: 12px; }"
                       "QProgressBar::chunk { background: %1; border-radius: 2px; }")
            .arg(scoreColor(score).name()));
    m_ui->scoreLabel->setText(readiness->ready() ? tr("<b>%1 %</b> · ready for activation").arg(score)
                                                 : tr("<b>%1 %</b> ready · %2 of %3 done")
                                                       .arg(score)
                                                       .arg(readiness->passedCount())
                                                       .arg(readiness->items.size()));
    int row = 0;
    for (const ReadinessItem& item : readiness->items) {
        const QString key = Readiness::keyString(item.key);
        auto* mark = new QLabel(item.passed ? QStringLiteral("✓") : QStringLiteral("✗"), m_ui->items);
        mark->setObjectName(QStringLiteral("mark_") + key);
        mark->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; font-size: 14px; }")
                                .arg(item.passed ? scoreColor(100).name() : scoreColor(0).name()));
        mark->setAccessibleName(item.passed ? tr("Done") : tr("Missing"));
        QString text = QStringLiteral("<b>%1</b>").arg(item.title.toHtmlEscaped());
        if (!item.passed && !item.detail.isEmpty())
            text +=
                QStringLiteral("<br><span style='color:#667085'>%1</span>").arg(item.detail.toHtmlEscaped());
        auto* label = new QLabel(text, m_ui->items);
        label->setObjectName(QStringLiteral("item_") + key);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        m_ui->itemsLayout->addWidget(mark, row, 0, Qt::AlignTop);
        m_ui->itemsLayout->addWidget(label, row, 1);
        if (!item.passed) {
            auto* button = new QPushButton(tr("Go to"), m_ui->items);
            button->setObjectName(QStringLiteral("goTo_") + key);
            button->setAccessibleName(tr("Go to: %1").arg(item.title));
            button->setToolTip(tr("Open the place to fix: %1").arg(item.title));
            connect(button, &QPushButton::clicked, this, [this, item] { Q_EMIT goToRequested(item); });
            m_ui->itemsLayout->addWidget(button, row, 2, Qt::AlignTop);
        }
        ++row;
    }
}

} // namespace sitekeeper
