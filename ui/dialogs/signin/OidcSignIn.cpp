#include "OidcSignIn.h"

#include "session/OidcAttestation.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QDesktopServices>

namespace ws::ui {

bool OidcSignIn::openSystemBrowser(const QUrl& url) {
    return QDesktopServices::openUrl(url);
}

OidcSignIn::OidcSignIn(SessionManager& sessions, AuthProxyClient& proxy, const Clock& clock,
                       BrowserOpener opener, oidc::HostedCallbackInbox* inbox, QObject* parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_proxy(proxy)
    , m_clock(clock)
    , m_opener(opener ? std::move(opener) : BrowserOpener(&OidcSignIn::openSystemBrowser))
    , m_inbox(inbox) {}

OidcSignIn::~OidcSignIn() {
    cancel();
}

void OidcSignIn::start(const oidc::ProviderConfig& provider, const SignInRequest& request) {
    cancel();
    const int attempt = ++m_attempt;
    m_running = true;
    OidcSignInOptions options;
    options.provider = provider;
    options.inbox = m_inbox;
    auto source = std::make_shared<OidcAttestation>(m_proxy, m_clock, options);
    connect(source.get(), &OidcAttestation::authorizationUrlReady, this, [this, attempt](const QUrl& url) {
        if (attempt == m_attempt)
            Q_EMIT urlReady(url, openBrowser(url));
    });
    connect(source.get(), &OidcAttestation::verifying, this, [this, attempt] {
        if (attempt == m_attempt)
            Q_EMIT verifying();
    });
    m_handle = m_sessions.signIn(request, source, this, [this, attempt, source](Result<QString> result) {
        if (attempt != m_attempt)
            return; // cancelled: the caller has moved on
        m_running = false;
        if (result)
            Q_EMIT signedIn(*result);
        else
            Q_EMIT failed(result.error());
    });
}

void OidcSignIn::cancel() {
    if (!m_running)
        return;
    m_running = false;
    ++m_attempt;
    m_handle.cancel();
}

QString OidcSignIn::plainWords(const Error& error, const QString& providerName) {
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("ws::ui::OidcSignIn", text);
    };
    switch (error.code) {
    case ErrorCode::Cancelled:
        return tr("You declined at %1, so nothing was signed in.").arg(providerName);
    case ErrorCode::InvalidInput:
        return tr("The answer that reached Wallet Sessions did not belong to this sign-in, so it was "
                  "refused. "
                  "Please try again. (%1)")
            .arg(error.message);
    case ErrorCode::Unauthorized:
    case ErrorCode::SessionExpired:
        return tr("%1's answer could not be trusted, so nothing was signed in. (%2)")
            .arg(providerName, error.message);
    case ErrorCode::NotFound:
        return tr("There is no wallet account for this %1 identity yet. (%2)")
            .arg(providerName, error.message);
    case ErrorCode::Timeout:
        return tr("No answer came back from your browser in time. Please try again.");
    case ErrorCode::Network:
    case ErrorCode::ServerError:
    case ErrorCode::RateLimited:
        return tr("%1 or Turnkey could not be reached. Check your connection and try again. (%2)")
            .arg(providerName, error.message);
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeychainDenied:
        return tr("The system keychain could not store the new session key. (%1)").arg(error.message);
    default:
        return error.message;
    }
}

} // namespace ws::ui
