#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QDialogButtonBox;

namespace ws::ui {

class AppSettings;

// Edits AppSettings; writes only on OK. Close to tray / start minimized are disabled (with the
// reason in a tooltip) when there is no system tray to come back from.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings& settings, bool trayAvailable, bool apiUrlLocked, QWidget* parent = nullptr);

    void apply();

private:
    void validate();

    AppSettings& m_settings;
    QLineEdit* m_apiUrl;
    QSpinBox* m_lifetime;
    QCheckBox* m_autoRefresh;
    QSpinBox* m_refreshBefore;
    QSpinBox* m_warnBefore;
    QCheckBox* m_revoke;
    QCheckBox* m_closeToTray;
    QCheckBox* m_startMinimized;
    QCheckBox* m_notifications;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace ws::ui
