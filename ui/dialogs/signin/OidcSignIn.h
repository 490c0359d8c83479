#pragma once

#include "Error.h"
#include "oidc/HostedCallbackInbox.h"
#include "oidc/OidcTypes.h"
#include "session/SessionTypes.h"
#include "session/SignInHandle.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace ws {
class AuthProxyClient;
class Clock;
class SessionManager;
} // namespace ws

namespace ws::ui {

// The window's front end of an OpenID sign-in: SessionManager::signIn with an OidcAttestation (all
// the work is in core), the system browser opened on the provider's page, and the outcome as signals.
// Cancelling (or destroying it) cancels the sign-in, which destroys its pending key.
class OidcSignIn : public QObject {
    Q_OBJECT
public:
    // Shows the URL to the user; false when no browser could be opened. Tests play the browser here.
    using BrowserOpener = std::function<bool(const QUrl&)>;
    // QDesktopServices::openUrl: the user's default browser (RFC 8252: never an embedded web view).
    static bool openSystemBrowser(const QUrl& url);

    // `inbox`: where a hosted provider's answer arrives (null: such providers fail with a clear error).
    OidcSignIn(SessionManager& sessions, AuthProxyClient& proxy, const Clock& clock, BrowserOpener opener,
               oidc::HostedCallbackInbox* inbox, QObject* parent = nullptr);
    ~OidcSignIn() override;

    void start(const oidc::ProviderConfig& provider, const SignInRequest& request);
    void cancel();
    bool isRunning() const { return m_running; }
    bool openBrowser(const QUrl& url) const { return m_opener && m_opener(url); }

    // What went wrong, in words for the person at the window.
    static QString plainWords(const Error& error, const QString& providerName);

Q_SIGNALS:
    void urlReady(const QUrl& url, bool browserOpened);
    void verifying();
    void signedIn(const QString& sessionKey);
    void failed(const ws::Error& error);

private:
    SessionManager& m_sessions;
    AuthProxyClient& m_proxy;
    const Clock& m_clock;
    BrowserOpener m_opener;
    oidc::HostedCallbackInbox* m_inbox;
    SignInHandle m_handle;
    bool m_running = false;
    int m_attempt = 0; // the outcome of a cancelled attempt is not reported
};

} // namespace ws::ui
