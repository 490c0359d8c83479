#pragma once

#include "CommandLine.h"
#include "DemoBackend.h"
#include "app/ConfigResolver.h"
#include "app/ServiceFactory.h"
#include "oidc/HostedCallbackInbox.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace ws {
class AppServices;
class RefreshScheduler;
class SessionPolicy;
class SystemClock;
class DesktopNotifications;
class Notifier;
class TrayIntegration;
class SingleInstance;
} // namespace ws

namespace ws::ui {

class AppSettings;
class DemoMode;
class MainWindow;
class ServeController;

// The composition root: builds every service from the settings and the command line, in the
// right order, wires their signals, and runs the start-up sequence (index, keychain probe,
// recovery, demo sessions). Nothing else constructs services; everything gets them injected.
class AppContext : public QObject {
    Q_OBJECT
public:
    // `demoBackend` makes the server of a --demo run (the GUI passes the devserver's, from demo/).
    AppContext(AppOptions options, DemoBackendFactory demoBackend, QObject* parent = nullptr);
    // `seams` go to the ServiceFactory (a test injecting a fault the real keychain cannot produce).
    AppContext(AppOptions options, DemoBackendFactory demoBackend, ServiceFactory::Seams seams,
               QObject* parent = nullptr);
    ~AppContext() override;

    // The single-instance name for these options (demo and normal runs do not see each other).
    static QString instanceName(const AppOptions& options);

    // Builds everything and shows the window (or not: --minimized with a tray). Problems found on
    // the way (demo server, index, API URL) are shown in the window, never only on stderr.
    void start();
    MainWindow* window() const { return m_window.get(); }
    // The services the window runs on (tests check what a flow left behind).
    AppServices* services() const { return m_services.get(); }
    // Show, un-minimize and raise the window (a second launch, the tray).
    void raiseWindow();
    // wallet-sessions://?id_token=… (Turnkey's hosted sign-in page, through the desktop and the
    // single-instance channel): to the sign-in waiting for it, or the window says none waits.
    void openCallbackUrl(const QUrl& url);
    // The same, only when a sign-in here waits for it: true when it took it (nothing shown otherwise).
    bool offerCallbackUrl(const QUrl& url);

private:
    void buildServices();
    ResolvedConfig resolveConfig() const;
    void wireWarnings();
    void applySettings();
    void startUp();
    void openIndex(); // once; then the window shows every session
    // Enough rows to fill the table on any screen before the index has loaded.
    static constexpr int kPreviewRows = 120;
    void onReady();
    // The demo's three sessions (at start, and "Restore demo sessions" after Clear all); then `then`.
    void createDemoSessions(std::function<void()> then);
    void showWindowInitially();
    void toggleWindow();
    void updateQuitOnClose();
    void takeScreenshot();
    void launchDemo();
    void openUserGuide();

    AppOptions m_options;
    DemoBackendFactory m_demoBackend;
    ServiceFactory::Seams m_seams;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<DemoMode> m_demo;
    bool m_indexOpened = false;
    bool m_creatingDemoSessions = false; // a Restore click while they are logged in does nothing
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<SessionPolicy> m_policy;
    std::unique_ptr<RefreshScheduler> m_scheduler;
    oidc::HostedCallbackInbox m_oauthInbox; // outlives the window's sign-ins that wait in it
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ServeController> m_serve; // "Serve to local tools…": gone before the services
    std::unique_ptr<TrayIntegration> m_tray;
    std::unique_ptr<DesktopNotifications> m_desktopNotifications; // before the notifier that uses it
    std::unique_ptr<Notifier> m_notifier;
    QStringList m_startupProblems;
};

} // namespace ws::ui
