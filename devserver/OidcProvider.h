#pragma once

#include "OidcSigningKeys.h"
#include "Result.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QUrl>
#include <optional>

namespace ws {
class Clock;
}

namespace ws::devserver {

// What the provider does on the next sign-ins; tests and the demo change it through setSettings()
// or POST /admin/oidc (loopback only) with the same JSON field names.
struct OidcProviderSettings {
    // Skip the consent page and answer /authorize with the redirect at once ("allow" or "deny").
    bool autoConsent = false;
    QString autoDecision = QStringLiteral("allow");
    // "" (none), "wrongNonce", "wrongAudience", "wrongIssuer", "expired", "badSignature": what is wrong with
    // the id_tokens it issues.
    QString fault;
    int latencyMs = 0;                     // delay on discovery, token and JWKS answers ("slow provider")
    QString alg = QStringLiteral("RS256"); // or "ES256"
    // Who signs in on the next sign-ins, when not the provider's own identity (a user that no
    // account has registered: the "no account" path).
    QString subject;
    QString email;

    QJsonObject toJson() const;
    static Result<OidcProviderSettings> fromJson(const QJsonObject& json, const OidcProviderSettings& base);
};

// The devserver's OpenID Connect provider ("Demo ID"), on its own loopback port so that its issuer
// is a plain origin: discovery, /authorize (a consent page a person can click through, or
// auto-consent), /token (authorization code + PKCE S256 only, codes single-use for 60 s), /jwks and
// id_tokens with the nonce the client sent. It has one identity (subject + email) per instance.
// It also plays Turnkey's hosted OAuth pages (OidcHostedPages.cpp): /oauth-origin (the consent, then
// an id_token straight to the redirect page, as the provider's implicit flow would) and
// /oauth-redirect (which opens `scheme://?id_token=…`).
class OidcProvider final : public QAbstractHttpServer {
    Q_OBJECT
public:
    struct Identity {
        QString subject;
        QString email;
    };

    OidcProvider(const Clock& clock, QString clientId, Identity identity, QObject* parent = nullptr);
    ~OidcProvider() override;

    Result<void> start(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl issuer() const;
    QString clientId() const { return m_clientId; }
    Identity identity() const { return m_identity; }

    OidcProviderSettings settings() const { return m_settings; }
    void setSettings(const OidcProviderSettings& settings) { m_settings = settings; }

    // The key set /jwks serves, for the devserver's own stamp_login check.
    QByteArray jwksJson() const;

    // Tokens issued so far (tests check that a failed flow did not get further than expected).
    int tokensIssued() const { return m_tokensIssued; }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Reply {
        int status = 200;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QByteArray body;
        QByteArray location;
        bool delayed = false;
    };
    struct PendingAuthorization {
        QString clientId;
        QUrl redirectUri;
        QString state;
        QString nonce;
        QByteArray challenge;
        bool hosted = false; // from /oauth-origin: answered with an id_token, no code
    };
    struct IssuedCode {
        PendingAuthorization authorization;
        qint64 issuedAtMs = 0;
    };

    Reply route(const QHttpServerRequest& request);
    Reply discovery() const;
    Reply authorize(const QUrlQuery& query);
    Reply decide(const QUrlQuery& form);
    Reply redirectWith(const PendingAuthorization& authorization, bool allow);
    Reply token(const QUrlQuery& form);
    Result<QByteArray> mintIdToken(const PendingAuthorization& authorization);
    Reply hostedOrigin(const QUrlQuery& query);
    Reply hostedRedirect(const QUrlQuery& query) const;
    Reply hostedAnswer(const PendingAuthorization& authorization, bool allow);
    static QByteArray htmlPage(const QString& title, const QString& bodyHtml);
    static Reply refusedPage(const QString& text);
    Reply admin(const QHttpServerRequest& request);
    QByteArray consentPage(const QString& requestId, const PendingAuthorization& authorization) const;

    const Clock& m_clock;
    QString m_clientId;
    Identity m_identity;
    const OidcSigningKeys* keys() const;

    mutable std::optional<OidcSigningKeys> m_keys;
    mutable std::optional<Error> m_setupError;
    OidcProviderSettings m_settings;
    QHash<QString, PendingAuthorization> m_pending;
    QHash<QString, IssuedCode> m_codes;
    quint16 m_port = 0;
    int m_tokensIssued = 0;
};

} // namespace ws::devserver
