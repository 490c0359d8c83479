#pragma once

#include "Result.h"
#include "fido/SecurityKey.h"
#include "oidc/HostedCallbackInbox.h"
#include "oidc/OidcProviders.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

class QWidget;

namespace ws {
class AuthProxyClient;
class BatchJob;
class Clock;
class SessionManager;
} // namespace ws

namespace ws::ui {

class AppSettings;
class SignInDialog;

// What the actions do: opens the dialogs, calls SessionManager asynchronously, shows progress for
// long operations and reports every result (the server's message included) through finished();
// explicit actions that fail also get a message box. Never blocks the window: dialogs are opened
// with open(), not exec().
class SessionCommands : public QObject {
    Q_OBJECT
public:
    SessionCommands(SessionManager& sessions, AppSettings& settings, QWidget* window);

    // The Auth Proxy and OTP signer key for email and text-message sign-in (none: API key only).
    void setSignIn(AuthProxyClient* proxy, std::function<QByteArray()> otpSignerKey, const Clock& clock);
    // Where the security key is reached (sign-in and security-key refreshes): a test's software key.
    void setSecurityKeySeam(const fido::DeviceSeam& seam) { m_securityKeySeam = seam; }
    // The OpenID providers' overrides the sign-in dialog resolves its buttons with.
    void setOidcOverrides(std::function<oidc::ProviderOverride(const QString&)> overrides) {
        m_oidcOverrides = std::move(overrides);
    }
    void setOAuthInbox(oidc::HostedCallbackInbox* inbox) { m_oauthInbox = inbox; }
    // The organization a new API-key log-in starts with (the demo's), empty for none.
    void setLoginOrganizationId(const QString& organizationId) { m_loginOrganizationId = organizationId; }
    // The log-in dialog: email, text message, or (under "Developer") an API key.
    void login();
    // The same dialog, opened on the email page (the empty state's first offer).
    void signInWithEmail();
    void loginWithApiKey();
    // Sign in again (issue 18): the log-in dialog the session was created with, filled in for it; on
    // success the new session replaces it under the same name.
    void signInAgain(const QString& sessionKey);
    void refresh(const QStringList& sessionKeys);
    void refreshAll();
    void refreshWithOptions(const QString& sessionKey);
    void setActive(const QString& sessionKey);
    void verify(const QString& sessionKey);
    void clear(const QStringList& sessionKeys);
    void clearAll();
    void removeExpired();
    void copyPublicKey(const QString& sessionKey);
    void copyDetails(const QString& sessionKey);

    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void finished(const QString& message, bool ok);
    void busyChanged(bool busy);
    void sessionCreated(const QString& sessionKey);

private:
    void report(const QString& message, bool ok, bool explicitAction = true, const QString& details = {});
    void reportError(const QString& what, const Error& error, bool explicitAction = true);
    void beginBusy();
    void endBusy();
    // Every batch goes through core's BatchJob: one progress dialog, one result message.
    // `doneText`: a QT_TR_N_NOOP source with %n, translated with the count of sessions done.
    void watchBatch(BatchJob* job, const QString& title, const char* doneText);
    void openSignIn(bool email);
    // `againKey`: the session Sign in again replaces (empty: a new session).
    SignInDialog* newSignInDialog(const QString& againKey);
    void openApiKeyLogin(const QString& againKey);

    SessionManager& m_sessions;
    AppSettings& m_settings;
    QWidget* m_window;
    AuthProxyClient* m_authProxy = nullptr;
    std::function<QByteArray()> m_otpSignerKey;
    const Clock* m_clock = nullptr;
    std::function<oidc::ProviderOverride(const QString&)> m_oidcOverrides;
    oidc::HostedCallbackInbox* m_oauthInbox = nullptr;
    QString m_loginOrganizationId;
    fido::DeviceSeam m_securityKeySeam; // default: the first FIDO2 device on this computer
    int m_busy = 0;
};

} // namespace ws::ui
