// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <memory>

class QLineEdit;
class QPushButton;
class QTableView;

namespace Ui {
class RecordTab;
}

namespace sitekeeper {

class EntityListModel;

// One list of records of the selected site: filter-as-you-type, sortable columns, multi-select,
// New / Edit / Remove and bulk actions on the selection.
class RecordTab : public QWidget {
    Q_OBJECT

public:
    explicit RecordTab(EntityListModel* model, QWidget* parent = nullptr);
    ~RecordTab() override;

    EntityListModel* model() const { return m_model; }
    QTableView* view() const;
    QLineEdit* filterEdit() const;
    QList<QUuid> selectedIds() const;
    void setRemoveText(const QString& text);
    // A button acting on the selected records. `name` is its object name, an untranslated id; screen
    // readers announce its (translated) text.
    void addBulkAction(const QString& text, const QString& name, std::function<void(QList<QUuid>)> run);
    void select(const QUuid& id);
    void updateCount();
    // Reads the records again (a pull changed them) and keeps what the user had: the selected records
    // that are still there, the current one, and the scroll position.
    void refresh();
    // Why the signed-in member may not add, remove, or run the bulk action of object name `name`
    // (MemberRights); empty when they may. Those buttons are greyed out with the reason as their
    // tooltip. Edit stays: the editor shows the record, and its Save says why it is greyed out.
    void setForbidden(const QString& add, const QString& remove, const QHash<QString, QString>& bulk = {});

Q_SIGNALS:
    void newRequested();
    void editRequested(const QUuid& id);
    void removeRequested(const QList<QUuid>& ids);

private:
    void updateButtons();

    std::unique_ptr<Ui::RecordTab> m_ui;
    EntityListModel* m_model;
    QString m_forbiddenToAdd;
    QString m_forbiddenToRemove;
    QHash<QString, QString> m_forbiddenBulk;
    QList<QPushButton*> m_bulkButtons;
};

} // namespace sitekeeper
