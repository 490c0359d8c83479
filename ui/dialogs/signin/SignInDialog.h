#pragma once

#include "api/AuthProxyTypes.h"
#include "fido/SecurityKey.h"
#include "oidc/HostedCallbackInbox.h"
#include "oidc/OidcProviders.h"
#include "session/SignInHandle.h"
#include "session/SignInMethod.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QStackedWidget;

namespace ws {
class AuthProxyClient;
class Clock;
class OtpAttestation;
class SessionManager;
struct Error;
} // namespace ws

namespace ws::ui {

class OidcProviderButtons;
class OidcSignIn;
class OidcWaitingPage;
class OtpCodePage;
class OtpContactPage;
class SecurityKeyPage;
class SignInMethodPage;

// What the log-in dialog signs in with. A null proxy: only the API key is offered.
struct SignInServices {
    SessionManager* sessions = nullptr;
    AuthProxyClient* proxy = nullptr;
    QByteArray otpSignerKey; // hex: the key the proxy's bundles and tokens must be signed by
    const Clock* clock = nullptr;
    qint64 defaultLifetimeSecs = 900;
    KeyStoreKind keyStore = KeyStoreKind::Keychain; // Settings: where new session keys are made
    // OpenID sign-in: each provider's overrides (settings file, the demo's "Demo ID"), and how the
    // provider's page is shown (null: the system browser; a test plays the browser here).
    std::function<oidc::ProviderOverride(const QString&)> oidcOverrides;
    std::function<bool(const QUrl&)> openBrowser;
    oidc::HostedCallbackInbox* oauthInbox = nullptr; // a hosted provider's answer (wallet-sessions://…)
    // Security-key sign-in: the site asked for first, remembered after a sign-in; where the key is
    // (default: the first FIDO2 device libfido2 finds; a test attaches its software key here).
    QString passkeyRpId;
    std::function<void(const QString&)> rememberPasskeyRpId;
    fido::DeviceSeam securityKeySeam;
};

// The log-in dialog: the ways to sign in (SignInMethodPage), then for email or a text message the
// contact (OtpContactPage) and the code (OtpCodePage), run through SessionManager::signIn with an
// OtpAttestation. Cancel (the button, Escape, closing) at any point cancels the sign-in, which destroys
// its pending key. Choosing the API key emits apiKeyRequested() and closes: the API-key dialog takes over.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(SignInServices services, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // Opens directly on the email (or text message) page, as the empty state's "Sign in with email".
    void startWith(OtpType type);
    // Sign in again (issue 18): the session `sessionKey` is replaced under its name once the new one is
    // stored. Opens on the way it was created: the contact filled in for a code, the ways to sign in
    // (its provider among them) for OpenID.
    void startSignInAgain(const QString& sessionKey, qint64 lifetimeSecs, const SignInMethod& method,
                          const QString& organizationId = {});
    QString signInAgainKey() const { return m_againKey; }
    bool isSigningIn() const { return m_running; }

    void reject() override;

Q_SIGNALS:
    void signedIn(const QString& sessionKey);
    void signInFailed(const ws::Error& error);
    void apiKeyRequested();

private:
    static constexpr int kWidth = 520; // wide enough for the method buttons and the code field
    void loadConfig();
    void fitToPage(QWidget* page);
    void showPage(QWidget* page);
    void showContact(OtpType type);
    void send();
    void finished(const QString& sessionKey, const Error* error);
    QString freeSessionName() const;
    // OpenID: "Continue with <provider>" → the waiting page → signed in, or the error in plain words.
    void setUpOidc();
    void startOidc(const oidc::ProviderConfig& provider);
    void oidcFailed(const Error& error);
    // Security key: the form → "Touch your security key" → signed in, the PIN asked for, or the error.
    void showSecurityKey();
    void startSecurityKey();
    void securityKeyFailed(const Error& error);

    SignInServices m_services;
    QStackedWidget* m_stack;
    SignInMethodPage* m_methods;
    OtpContactPage* m_contact;
    OtpCodePage* m_code;
    std::shared_ptr<OtpAttestation> m_source;
    SignInHandle m_handle;
    bool m_running = false;
    QString m_contactText;
    QString m_againKey; // Sign in again: the session replaced; empty for a new session
    qint64 m_againLifetimeSecs = 0;
    OidcProviderButtons* m_oidcButtons = nullptr;
    OidcWaitingPage* m_oidcPage = nullptr;
    OidcSignIn* m_oidc = nullptr; // null without an Auth Proxy
    oidc::ProviderConfig m_oidcProvider;
    SecurityKeyPage* m_securityKey;
    bool m_stoppingKey = false; // Stop was pressed: the cancelled sign-in is no error
};

} // namespace ws::ui
