#pragma once

#include "oidc/HostedCallbackInbox.h"
#include "oidc/OidcProviders.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>

class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace ws {
class AuthProxyClient;
class Clock;
class SessionManager;
} // namespace ws

namespace ws::ui {

class ColumnFitter;
class ServeController;
class ServingWatcher;

class ActionsController;
class AppSettings;
class CountdownTicker;
class EmptyStateWidget;
class MessageBanner;
class SessionCommands;
class SessionDetailsPane;
class WalletsSection;
class SessionSortFilterProxy;
class SessionTableModel;
class StatusPanel;

// Layout and wiring only: the model, the view, the actions and the panes are separate classes.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        bool demo = false;
        QString apiUrl;
        bool apiUrlLocked = false;
        // Email and text-message sign-in (null: only the API key is offered).
        AuthProxyClient* authProxy = nullptr;
        std::function<QByteArray()> otpSignerKey; // as now configured (Settings may change it)
        bool authProxyLocked = false;             // Settings › Advanced read-only for this run
        // OpenID sign-in: each provider's overrides (the settings file; in the demo, "Demo ID").
        std::function<oidc::ProviderOverride(const QString&)> oidcOverrides;
        // Where a hosted provider's answer arrives (wallet-sessions://…); null: hosted sign-in unavailable.
        oidc::HostedCallbackInbox* oauthInbox = nullptr;
        // Filled in by the API-key log-in dialog for a new session (the demo's organization).
        QString loginOrganizationId;
        // The caller opens the index after the window is built (AppContext: after its first paint):
        // the window starts empty and read-only until finishLoading(); showPreview() fills its first
        // screen meanwhile.
        bool deferLoad = false;
    };

    MainWindow(SessionManager& sessions, AppSettings& settings, const Clock& clock, Options options,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // When a tray exists, closing the window can hide it instead of quitting.
    void setTrayAvailable(bool available);
    void showBanner(const QString& text, bool critical);
    void showOperationResult(const QString& message, bool ok);
    void setApiUrl(const QString& url);
    void reloadSessions();
    void quitApplication();

    // With Options::deferLoad, before the index is open: the first `rows` sessions in the table's
    // order, read straight from the database (issue 14: the first paint does not wait for the rows
    // below it). False when the table's order is one the database cannot reproduce or when only
    // opening the index can tell what it holds: the caller opens it before showing the window then.
    bool showPreview(int rows);
    // The index is open: the whole list replaces the preview, the selection kept, the actions enabled.
    void finishLoading();
    bool isLoading() const { return m_loading; }

    // The tray's "Clear all…": the same confirmation and batch as the window's own action.
    void requestClearAll();
    // A notification's "Refresh now" / "Sign in again": the same operations as the window's actions.
    void requestRefresh(const QString& sessionKey);
    void requestSignInAgain(const QString& sessionKey);

    // Enables "Serve to local tools…" and the "served" badge (sessions served by any process that
    // records itself in `dataDirectory`, the CLI's `serve` and `exec` included).
    void setServeController(ServeController* controller, const QString& dataDirectory);

Q_SIGNALS:
    void demoRequested();
    void restoreDemoRequested(); // the demo's empty page: its three sessions again
    void userGuideRequested();
    void windowVisibilityChanged(bool visible);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void selectInitialSession();
    void connectActions();
    void updateState();
    void updateDetails();
    void updateKeychainHealth();
    void showSettings();
    void showAbout();
    void updateTickerRunning();
    QString currentSessionKey() const;
    QStringList selectedSessionKeys() const;
    void selectSession(const QString& sessionKey);
    void applyFilter(const QString& text);
    void updateNoMatch();
    void saveLayout();
    void showServeDialog(const QString& sessionKey);

    SessionManager& m_sessions;
    AppSettings& m_settings;
    const Clock& m_clock;
    Options m_options;
    bool m_trayAvailable = false;
    bool m_quitting = false;
    bool m_loading = false; // Options::deferLoad until finishLoading()

    SessionTableModel* m_model;
    SessionSortFilterProxy* m_proxy;
    CountdownTicker* m_ticker;
    ActionsController* m_actions;
    SessionCommands* m_commands;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    SessionDetailsPane* m_details = nullptr;
    WalletsSection* m_wallets = nullptr;
    EmptyStateWidget* m_empty = nullptr;
    MessageBanner* m_keychainBanner = nullptr;
    MessageBanner* m_warningBanner = nullptr;
    StatusPanel* m_status = nullptr;
    ColumnFitter* m_columns = nullptr;
    QLabel* m_noMatch = nullptr;
    QStringList m_keptSelection;       // what was selected before a filter hid it
    QPointer<ServeController> m_serve; // owned by AppContext; may go first
    ServingWatcher* m_serving = nullptr;
};

} // namespace ws::ui
