#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace sitekeeper {

class Workspace;

// The workspace's settings a person changes: the phone region and the forbidden terms.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Workspace& m_workspace;
};

} // namespace sitekeeper
