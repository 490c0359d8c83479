#pragma once

#include "settings/Autostart.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;
class QTabWidget;

namespace ws {
class SessionManager;
}

namespace ws::ui {

class AppSettings;
class DurationEdit;

// Edits AppSettings; writes only on OK. Close to tray / start minimized are disabled (with the
// reason in a tooltip) when there is no system tray to come back from.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings& settings, bool trayAvailable, bool apiUrlLocked, QWidget* parent = nullptr);

    void apply();
    // Where "Start at login" writes its entry (tests use a temporary folder).
    void setAutostart(const Autostart& autostart);
    // Advanced: the Auth Proxy settings come from the command line, the environment or demo mode.
    void setAuthProxyLocked(bool locked);
    // Adds the list of remembered API keys, each with Forget (they live in the index, not in the
    // settings file, hence the session manager).
    void showRememberedKeys(SessionManager& sessions);

Q_SIGNALS:
    void autostartFailed(const QString& reason);
    void forgetKeyFailed(const QString& reason);

private:
    void validate();

    AppSettings& m_settings;
    QLineEdit* m_apiUrl;
    DurationEdit* m_lifetime;
    QCheckBox* m_autoRefresh;
    DurationEdit* m_refreshBefore;
    DurationEdit* m_warnBefore;
    QCheckBox* m_revoke;
    QCheckBox* m_keepInTpm;
    QCheckBox* m_closeToTray;
    QCheckBox* m_startMinimized;
    QCheckBox* m_notifications;
    QCheckBox* m_trayClick;
    QCheckBox* m_startAtLogin;
    QLineEdit* m_authProxyUrl;
    QLineEdit* m_authProxyConfigId;
    QLineEdit* m_otpSignerKey;
    Autostart m_autostart;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QTabWidget* m_tabs;
};

} // namespace ws::ui
