#include "AppContext.h"

#include "Clock.h"
#include "DemoMode.h"
#include "FirstPaint.h"
#include "StartupProbe.h"
#include "api/TurnkeyClient.h"
#include "app/ServiceFactory.h"
#include "app/SessionPolicy.h"
#include "app/SettingsFile.h"
#include "keychain/KeychainStore.h"
#include "session/RefreshScheduler.h"
#include "session/SessionManager.h"
#include "settings/AppSettings.h"
#include "store/SessionIndex.h"
#include "tray/Notifier.h"
#include "tray/TrayIntegration.h"
#include "widgets/DemoInbox.h"
#include "window/MainWindow.h"
#include "window/ServeController.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace ws::ui {

namespace {
// Loading a large index parses its JSON into many small temporary blocks; glibc keeps freed memory
// in its arenas, so without this the resident figure after start-up stays near the parse's peak
// (about twice the steady need with 10 000 sessions, benchmark 5).
void returnFreedHeapToTheSystem() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
} // namespace

AppContext::AppContext(AppOptions options, DemoBackendFactory demoBackend, QObject* parent)
    : AppContext(std::move(options), std::move(demoBackend), ServiceFactory::Seams{}, parent) {}

AppContext::AppContext(AppOptions options, DemoBackendFactory demoBackend, ServiceFactory::Seams seams,
                       QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_demoBackend(std::move(demoBackend))
    , m_seams(std::move(seams)) {}

AppContext::~AppContext() {
    // Views and timers go before the services they observe.
    m_tray.reset();
    m_window.reset();
    m_scheduler.reset();
    if (m_demo && m_services)
        DemoMode::forgetKeys(m_services->secrets(), m_services->index().data(), std::chrono::seconds(5));
    m_services.reset();
}

QString AppContext::instanceName(const AppOptions& options) {
    return options.demo ? QStringLiteral("wallet-sessions-demo") : QStringLiteral("wallet-sessions");
}

void AppContext::start() {
    m_clock = std::make_unique<SystemClock>();
    if (m_options.demo) {
        // The platform appends the display name to every title that does not end with it: with the
        // plain name the demo window read "Wallet Sessions — Demo — Wallet Sessions".
        QGuiApplication::setApplicationDisplayName(tr("Wallet Sessions — Demo"));
        m_demo = std::make_unique<DemoMode>(m_demoBackend(*m_clock));
        if (Result<void> ok = m_demo->start(); !ok.ok()) {
            qCritical("%s", qPrintable(ok.error().message));
            m_startupProblems << ok.error().message;
        }
    }
    buildServices();
    wireWarnings();
    // Issue 14: with ten thousand sessions, loading the whole index takes longer than everything
    // else before the first paint. The window shows its first screen of rows read straight from the
    // database, and the index loads once that is on screen; the rest of start-up follows it.
    if (!m_window->showPreview(kPreviewRows))
        openIndex();
    if (!m_indexOpened)
        afterFirstPaint(m_window.get(), this, [this] {
            openIndex();
            startUp();
        });
    // Only when asked for (QT_LOGGING_RULES="ws.startup.info=true"): an event filter on the window
    // is all it costs, but a normal start-up should not pay even that. Installed after the waiter
    // above, so it sees the first paint first and logs it before the index loads.
    if (lcStartup().isInfoEnabled())
        new StartupProbe(m_window.get());
    showWindowInitially();
    if (m_indexOpened)
        QTimer::singleShot(0, this, &AppContext::startUp);
    if (m_options.quitAfterSecs > 0)
        // Through the window: Qt 6's quit() is cancelled when a window refuses to close (close to tray).
        QTimer::singleShot(m_options.quitAfterSecs * 1000, m_window.get(), &MainWindow::quitApplication);
}

void AppContext::openIndex() {
    if (m_indexOpened)
        return;
    m_indexOpened = true;
    if (Result<void> opened = m_services->openIndex(); !opened.ok())
        m_startupProblems << opened.error().message;
    else if (!m_services->index().recoveryNotice().isEmpty())
        m_startupProblems << m_services->index().recoveryNotice();
    m_window->finishLoading();
}

void AppContext::buildServices() {
    std::unique_ptr<QSettings> qsettings =
        m_demo ? std::make_unique<QSettings>(m_demo->settingsFile(), QSettings::IniFormat)
               : openSettingsFile();
    m_settings = std::make_unique<AppSettings>(std::move(qsettings));

    const ResolvedConfig resolved = resolveConfig();
    for (const Error& problem : resolved.allProblems())
        m_startupProblems << problem.message;
    m_services = ServiceFactory(resolved.config, *m_clock, m_seams).create();
    // The index is opened once the window is built (openIndex()): after its first paint when the
    // window can show its first screen of sessions without it, else before the window is shown.
    SessionManager& sessions = m_services->manager();

    m_policy = std::make_unique<SessionPolicy>(std::chrono::seconds(resolved.config.warnBeforeSecs));
    m_scheduler = std::make_unique<RefreshScheduler>(sessions, *m_clock, SchedulerOptions{});

    MainWindow::Options windowOptions;
    windowOptions.demo = bool(m_demo);
    windowOptions.apiUrl = m_services->api()->baseUrl().toString();
    // A URL from the command line or the environment outranks the settings dialog's.
    const ValueSource urlSource = resolved.source(ConfigKey::ApiUrl);
    windowOptions.apiUrlLocked =
        m_demo || urlSource == ValueSource::CommandLine || urlSource == ValueSource::Environment;
    windowOptions.authProxy = m_services->authProxy();
    windowOptions.otpSignerKey = [services = m_services.get()] {
        return services->otpSignerKey();
    };
    windowOptions.authProxyLocked = m_demo != nullptr;
    if (m_demo) {
        windowOptions.loginOrganizationId = m_demo->organizationId();
        // The demo's generic OpenID provider is its own server's "Demo ID".
        windowOptions.oidcOverrides = [issuer = m_demo->oidcIssuer()](const QString& name) {
            return name == QLatin1String("oidc") ? oidc::ProviderOverride{issuer, {}, tr("Demo ID")}
                                                 : oidc::ProviderOverride();
        };
    } else {
        windowOptions.oidcOverrides = [](const QString& name) {
            return oidc::providerOverrideFromSettings(openSettingsFile().get(), name);
        };
    }
    for (ConfigKey key : {ConfigKey::AuthProxyUrl, ConfigKey::AuthProxyConfigId, ConfigKey::OtpSignerKey})
        if (resolved.source(key) == ValueSource::CommandLine ||
            resolved.source(key) == ValueSource::Environment)
            windowOptions.authProxyLocked = true;
    windowOptions.oauthInbox = &m_oauthInbox;
    windowOptions.deferLoad = true;
    m_window = std::make_unique<MainWindow>(sessions, *m_settings, *m_clock, windowOptions);
    m_serve = std::make_unique<ServeController>(*m_services);
    m_window->setServeController(m_serve.get(), m_services->index().directory());
    if (m_demo) {
        // The codes the demo server "sends" by email or text, so the sign-in can be finished here.
        auto* inbox = new DemoInbox([demo = m_demo.get()] { return demo->sentOtpCodes(); }, m_window.get());
        // Below the table: a dock at the side would narrow the table and make its columns refit.
        m_window->addDockWidget(Qt::BottomDockWidgetArea, inbox);
        SessionManager& manager = m_services->manager();
        const auto followKeychain = [inbox, &manager] {
            inbox->setSignInAvailable(manager.canStoreKeys());
        };
        connect(&manager, &SessionManager::keychainChanged, inbox, followKeychain);
        followKeychain();
    }

    // A child as well, so it is in the object tree like the window (tests find it there).
    m_tray = std::make_unique<TrayIntegration>(sessions, *m_clock, *m_policy, this);
    m_desktopNotifications = std::make_unique<DesktopNotifications>();
    m_notifier = std::make_unique<Notifier>(m_tray.get(), m_desktopNotifications.get());
    applySettings();
    connect(m_settings.get(), &AppSettings::changed, this, &AppContext::applySettings);
}

// The demo's server, data directory, notarizer and keychain service stand where command-line
// options would (--demo cannot be combined with --api-url).
ResolvedConfig AppContext::resolveConfig() const {
    ConfigResolver resolver = configResolver(m_options, &m_settings->file());
    if (m_demo) {
        resolver.setOption(ConfigKey::ApiUrl, m_demo->apiUrl().toString());
        resolver.setOption(ConfigKey::DataDir, m_demo->dataDirectory());
        resolver.setOption(ConfigKey::NotarizerKey, QString::fromLatin1(m_demo->notarizerPublicKeyHex()));
        // Its Auth Proxy answers on the same port: email and text-message sign-in work with no account.
        resolver.setOption(ConfigKey::AuthProxyUrl, m_demo->apiUrl().toString());
        resolver.setOption(ConfigKey::AuthProxyConfigId, m_demo->authProxyConfigId());
        resolver.setOption(ConfigKey::OtpSignerKey, QString::fromLatin1(m_demo->otpSignerPublicKeyHex()));
        if (m_options.keychainService.isEmpty())
            resolver.setOption(ConfigKey::KeychainService, QString::fromLatin1(KeychainStore::kDemoService));
    }
    return resolver.resolve();
}

void AppContext::applySettings() {
    const ResolvedConfig resolved = resolveConfig();
    const AppConfig& config = resolved.config;
    SchedulerOptions options;
    options.autoRefreshEnabled = config.autoRefresh;
    options.refreshBefore = std::chrono::seconds(config.refreshBeforeSecs);
    options.warnBefore = std::chrono::seconds(config.warnBeforeSecs);
    m_scheduler->setOptions(options);
    m_policy->setWarnBefore(options.warnBefore);
    m_notifier->setNotificationsEnabled(m_settings->notifications());
    TurnkeyClient* api = m_services->api();
    if (resolved.source(ConfigKey::ApiUrl) == ValueSource::Settings ||
        resolved.source(ConfigKey::ApiUrl) == ValueSource::Default) {
        if (Result<void> ok = resolved.check(ConfigKey::ApiUrl); !ok.ok())
            m_window->showOperationResult(ok.error().message, false);
        else if (config.apiUrl != api->baseUrl() && api->setBaseUrl(config.apiUrl).ok())
            m_window->setApiUrl(api->baseUrl().toString());
    }
    // Email and text-message sign-ins started from now on use the Auth Proxy settings as they are now.
    m_services->reconfigureAuthProxy(ServiceFactory(config, *m_clock));
    updateQuitOnClose();
}

void AppContext::wireWarnings() {
    MainWindow* window = m_window.get();
    Notifier* notifier = m_notifier.get();
    connect(notifier, &Notifier::bannerRequested, window, &MainWindow::showBanner);
    connect(notifier, &Notifier::refreshRequested, window, &MainWindow::requestRefresh);
    connect(notifier, &Notifier::signInAgainRequested, this, [this](const QString& key) {
        raiseWindow(); // the dialog opens over the window, which may be hidden in the tray
        m_window->requestSignInAgain(key);
    });
    connect(m_scheduler.get(), &RefreshScheduler::expiryWarning, notifier,
            [notifier](const QString& key, qint64 secondsLeft) {
                notifier->warn(tr("Session expiring soon"),
                               tr("Session '%1' expires in %2.").arg(key, formatDuration(secondsLeft)), false,
                               Notifier::Offer::RefreshNow, key);
            });
    connect(m_scheduler.get(), &RefreshScheduler::autoRefreshFailed, notifier,
            [notifier, window](const QString& key, const Error& error, bool gaveUp) {
                const QString text =
                    gaveUp ? tr("Could not refresh '%1' before it expires: %2").arg(key, error.message)
                           : tr("Refreshing '%1' failed, will retry: %2").arg(key, error.message);
                window->showOperationResult(text, false);
                notifier->warn(tr("Automatic refresh failed"), text, gaveUp, Notifier::Offer::RefreshNow,
                               key);
            });
    connect(m_scheduler.get(), &RefreshScheduler::autoRefreshSucceeded, window, [window](const QString& key) {
        window->showOperationResult(tr("Refreshed '%1' automatically").arg(key), true);
    });
    connect(&m_services->manager(), &SessionManager::sessionRevoked, notifier,
            [notifier](const QString& key) {
                notifier->warn(
                    tr("Session revoked"),
                    tr("The server no longer knows session '%1'. Use Sign in again to replace it.").arg(key),
                    true, Notifier::Offer::SignInAgain, key);
            });

    TrayIntegration* tray = m_tray.get();
    connect(tray, &TrayIntegration::availabilityChanged, this, [this](bool available) {
        m_window->setTrayAvailable(available);
        updateQuitOnClose();
    });
    connect(tray, &TrayIntegration::toggleWindowRequested, this, &AppContext::toggleWindow);
    tray->setClickRefreshes(m_settings->trayClickRefreshes());
    connect(m_settings.get(), &AppSettings::changed, tray,
            [this, tray] { tray->setClickRefreshes(m_settings->trayClickRefreshes()); });
    connect(tray, &TrayIntegration::clearAllRequested, this, [this] {
        raiseWindow();
        m_window->requestClearAll();
    });
    connect(tray, &TrayIntegration::quitRequested, window, &MainWindow::quitApplication);
    connect(tray, &TrayIntegration::operationFinished, window, &MainWindow::showOperationResult);
    connect(tray, &TrayIntegration::operationFinished, notifier,
            [notifier, window](const QString& text, bool ok) {
                notifier->trayResult(text, ok, window->isVisible());
            });
    connect(window, &MainWindow::windowVisibilityChanged, tray, &TrayIntegration::setWindowVisible);
    connect(window, &MainWindow::demoRequested, this, &AppContext::launchDemo);
    connect(window, &MainWindow::restoreDemoRequested, this, [this] {
        if (m_demo && !m_creatingDemoSessions)
            createDemoSessions({});
    });
    connect(window, &MainWindow::userGuideRequested, this, &AppContext::openUserGuide);
}

// Closing keeps the process alive only when a tray exists to bring the window back.
void AppContext::updateQuitOnClose() {
    const bool toTray = m_tray && m_tray->isAvailable() && m_settings->closeToTray();
    m_window->setTrayAvailable(m_tray && m_tray->isAvailable());
    QApplication::setQuitOnLastWindowClosed(!toTray);
}

void AppContext::showWindowInitially() {
    m_tray->start();
    updateQuitOnClose();
    const bool wantHidden = (m_options.minimized || m_settings->startMinimized()) && !m_options.show &&
                            m_options.screenshotPath.isEmpty();
    if (wantHidden && m_tray->isAvailable()) {
        m_tray->setWindowVisible(false);
        return;
    }
    m_window->show();
}

void AppContext::startUp() {
    if (!m_startupProblems.isEmpty())
        m_window->showBanner(m_startupProblems.join(QLatin1Char('\n')), true);
    // These answers can arrive while ~AppContext waits for the demo's keychain (the window is gone then).
    m_services->keychain().probe(this, [this](Result<void> probe) {
        if (!m_window)
            return;
        if (!probe.ok())
            m_window->showOperationResult(tr("Keychain check failed: %1").arg(probe.error().message), false);
        m_services->manager().recover(this, [this](Result<CleanupReport> report) {
            if (!m_window)
                return;
            if (!report.ok()) {
                m_window->showOperationResult(tr("Start-up clean-up failed: %1").arg(report.error().message),
                                              false);
            } else if (!report->failures.isEmpty()) {
                m_window->showOperationResult(tr("Start-up clean-up: %n key(s) could not be deleted yet",
                                                 nullptr, int(report->failures.size())),
                                              false);
            }
            m_window->reloadSessions();
            m_scheduler->start();
            returnFreedHeapToTheSystem(); // the index is loaded and shown: start-up's peak is over
            if (!m_demo)
                return onReady();
            createDemoSessions([this] { onReady(); });
        });
    });
}

void AppContext::createDemoSessions(std::function<void()> then) {
    // Without a keychain the window's keychain banner already says why nothing can be created: the demo
    // adds one line to the status bar, not a second banner that says the same in other words.
    const QString noKeychain =
        tr("Demo: no demo sessions, because the system keychain is not available (see the message above)");
    if (!m_services->manager().canStoreKeys()) {
        m_window->showOperationResult(noKeychain, false);
        if (then)
            then();
        return;
    }
    m_creatingDemoSessions = true; // a second click on Restore must not log them in twice
    m_window->showOperationResult(tr("Demo: logging in three demo sessions…"), true);
    m_demo->createSessions(m_services->manager(), this, [this, then, noKeychain](Result<void> created) {
        m_creatingDemoSessions = false;
        // Quitting while the demo logs in: ~AppContext has closed the window and waits for the keychain
        // in an event loop (DemoMode::forgetKeys), where this answer can still arrive.
        if (!m_window)
            return;
        if (created.ok())
            m_window->showOperationResult(tr("Demo ready: three sessions expiring in 2, 5 and 15 minutes"),
                                          true);
        else if (created.error().code == ErrorCode::KeychainUnavailable)
            m_window->showOperationResult(noKeychain, false); // the keychain banner is up by now
        else
            m_window->showBanner(
                tr("The demo could not create its sessions: %1").arg(created.error().message), true);
        if (then)
            then();
    });
}

void AppContext::onReady() {
    if (!m_options.screenshotPath.isEmpty())
        QTimer::singleShot(1500, this, &AppContext::takeScreenshot); // let a countdown tick render
}

void AppContext::takeScreenshot() {
    const QImage image = m_window->grab().toImage();
    QDir().mkpath(QFileInfo(m_options.screenshotPath).absolutePath());
    const bool saved = image.save(m_options.screenshotPath, "PNG");
    if (!saved)
        qCritical("could not save the screenshot to %s", qPrintable(m_options.screenshotPath));
    QCoreApplication::exit(saved ? 0 : 1);
}

void AppContext::raiseWindow() {
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void AppContext::openCallbackUrl(const QUrl& url) {
    if (!m_window)
        return;
    raiseWindow();
    if (m_oauthInbox.deliver(url))
        return;
    m_window->showBanner(
        tr("The browser finished a sign-in that is no longer waiting here (it was cancelled, "
           "timed out or already done). Start the sign-in again."),
        false);
}

bool AppContext::offerCallbackUrl(const QUrl& url) {
    if (!m_window || !m_oauthInbox.isWaiting())
        return false;
    raiseWindow(); // the dialog that waited shows the outcome
    return m_oauthInbox.deliver(url);
}

void AppContext::toggleWindow() {
    if (m_window->isVisible() && !m_window->isMinimized())
        m_window->hide();
    else
        raiseWindow();
}

void AppContext::launchDemo() {
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")}))
        m_window->showOperationResult(tr("Started the demo in a separate window"), true);
    else
        m_window->showOperationResult(tr("Could not start the demo"), false);
}

// The guide the package installs (<prefix>/share/doc/wallet-sessions/user-guide.html, rendered from
// docs/user-guide.md at build time, its images beside it); a build tree's copy; online as a fallback.
void AppContext::openUserGuide() {
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList places = {appDir + QStringLiteral("/../share/doc/wallet-sessions/user-guide.html"),
                                appDir + QStringLiteral("/../packaging/user-guide.html")};
    for (const QString& place : places) {
        if (QFileInfo::exists(place)) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(place).canonicalFilePath()));
            return;
        }
    }
    QDesktopServices::openUrl(QUrl(
        QStringLiteral("https://github.com/wallet-sessions/wallet-sessions/blob/main/docs/user-guide.md")));
}

} // namespace ws::ui
