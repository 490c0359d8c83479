#pragma once

#include "ActivityStore.h"
#include "AttestedSchemes.h"
#include "DevServerState.h"
#include "ErrorBodies.h"
#include "FaultInjector.h"
#include "RequestAuthenticator.h"

#include <QJsonObject>
#include <QString>
#include <variant>

namespace ws {
class Clock;
class P256KeyPair;
} // namespace ws

namespace ws::devserver {

// The public API: /public/v1/submit/{stamp_login,delete_api_keys} and
// /public/v1/query/{whoami,get_activity,get_api_keys}. Every request is stamped (X-Stamp).
class ApiHandlers {
public:
    struct Context {
        DevServerState& state;
        ActivityStore& activities;
        FaultInjector& faults;
        const Clock& clock;
        const P256KeyPair& notarizer;
        qint64 maxTimestampSkewMs;
        const AttestedSchemes& attestedSchemes; // the X-Stamp-Attested schemes stamp_login accepts
    };
    explicit ApiHandlers(Context context)
        : m_ctx(context)
        , m_authenticator(context.state) {}

    static bool handles(const QString& path);
    // `attestedHeader` (X-Stamp-Attested) and `webauthnHeader` (X-Stamp-WebAuthn, a passkey's stamp) are
    // used when there is no X-Stamp; only stamp_login accepts them.
    HttpReply handle(const QString& path, const QByteArray& stampHeader, const QByteArray& body,
                     const QByteArray& attestedHeader = {}, const QByteArray& webauthnHeader = {});

    // A session for `user`: `publicKey` registered as one of its session keys (the oldest evicted
    // beyond the limit, or all others with `invalidateExisting`) and the JWT the notarizer signs.
    // stamp_login and the Auth Proxy's otp_login_v2 both make their sessions here.
    Result<QByteArray> issueSession(const User& user, const QByteArray& publicKey, qint64 expirationSeconds,
                                    bool invalidateExisting, const QString& sessionProfileId = {});

private:
    struct Caller {
        ApiKey key;
        User user;
        QString organizationId; // the organization the request targets
    };

    HttpReply submit(const QString& path, const QByteArray& stampHeader, const QByteArray& body);
    HttpReply attestedStampLogin(const QString& path, const QByteArray& attestedHeader,
                                 const QByteArray& body);
    HttpReply webauthnStampLogin(const QString& path, const QByteArray& webauthnHeader,
                                 const QByteArray& body);
    // A stamp_login that no X-Stamp signed (`headerName` carries its stamp): only stamp_login takes one;
    // an identical resend gets the activity it made (the reply); else the body, parsed, its envelope and
    // type checked. `requestKey` receives the request's idempotency key.
    std::variant<QJsonObject, HttpReply> unstampedStampLogin(const QString& path,
                                                             const QByteArray& headerName,
                                                             const QByteArray& header, const QByteArray& body,
                                                             QByteArray* requestKey) const;
    // The user that `organizationId` may act for, or the reply Turnkey gives for a foreign organization.
    std::variant<const User*, HttpReply> userInOrganization(const QString& userId,
                                                            const QString& organizationId) const;
    // timestampMs, parameters and the activity type, the checks every submitted activity passes.
    std::optional<HttpReply> checkActivityEnvelope(const QJsonObject& request, qint64 nowMs) const;
    HttpReply query(const QString& path, const QByteArray& stampHeader, const QByteArray& body);

    HttpReply stampLogin(const Caller& caller, const QJsonObject& request, const QByteArray& body,
                         const QByteArray& requestKey);
    HttpReply deleteApiKeys(const Caller& caller, const QJsonObject& request, const QByteArray& body,
                            const QByteArray& requestKey);
    HttpReply whoami(const Caller& caller);
    HttpReply getActivity(const Caller& caller, const QJsonObject& request);
    HttpReply getApiKeys(const Caller& caller, const QJsonObject& request);

    // A user the caller may act on: in the targeted organization or one of its sub-organizations.
    const User* visibleUser(const Caller& caller, const QString& userId) const;
    HttpReply storeActivity(const QByteArray& requestKey, const QJsonObject& completed);
    QJsonObject activity(const Caller& caller, const QString& type, const QJsonObject& intent,
                         const QJsonObject& result, const QByteArray& body) const;

    Context m_ctx;
    RequestAuthenticator m_authenticator;
};

} // namespace ws::devserver
