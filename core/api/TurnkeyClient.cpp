#include "api/TurnkeyClient.h"

#include "Clock.h"
#include "api/ApiCallImpl.h"
#include "api/RequestBodies.h"
#include "api/ResponseParsers.h"
#include "api/UrlPolicy.h"
#include "api/WalletRequests.h"
#include "crypto/AttestedStamp.h"
#include "crypto/P256KeyPair.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <optional>

namespace ws {

using api::ApiCallImpl;
using api::CallSpec;

class TurnkeyClient::Impl {
public:
    explicit Impl(const Clock& clock)
        : clock(clock) {}

    const Clock& clock;
    net::HttpClient http;
    std::optional<Error> baseUrlError; // set while the configured base URL breaks the rule
    QList<QPointer<ApiCallImpl>> calls;
};

TurnkeyClient::TurnkeyClient(ApiConfig config, const Clock& clock, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(clock)) {
    setConfig(config);
}

TurnkeyClient::~TurnkeyClient() {
    // Calls outlive the client only to deliver CANCELLED; they must let go of the manager first.
    for (const QPointer<ApiCallImpl>& call : std::as_const(d->calls)) {
        if (call)
            call->abandon();
    }
}

Result<void> TurnkeyClient::validateBaseUrl(const QUrl& url) {
    return api::validateBaseUrl(url);
}

Result<void> TurnkeyClient::setBaseUrl(const QUrl& url) {
    auto valid = validateBaseUrl(url);
    if (!valid)
        return valid;
    m_config.baseUrl = url;
    d->baseUrlError.reset();
    return {};
}

QUrl TurnkeyClient::baseUrl() const {
    return m_config.baseUrl;
}

void TurnkeyClient::setConfig(const ApiConfig& config) {
    m_config = config;
    // A refused URL is kept so that every call fails naming it, instead of silently using another host.
    auto valid = validateBaseUrl(config.baseUrl);
    if (valid)
        d->baseUrlError.reset();
    else
        d->baseUrlError = valid.error();
}

namespace {

template <typename T, typename Parse>
ApiCallImpl::Finisher typedFinisher(Callback<T> done, Parse parse) {
    return [done = std::move(done), parse = std::move(parse)](Result<QJsonObject> reply) {
        if (!reply) {
            done(reply.error());
            return;
        }
        done(parse(reply.value()));
    };
}

Error refusal(const QString& what, const QString& why) {
    return Error(ErrorCode::InvalidInput, QCoreApplication::translate("ws", "%1: %2").arg(what, why));
}

// The first problem with the arguments every call shares, if any.
std::optional<Error> checkCommon(const QString& what, const TurnkeyClient::Signer& signer,
                                 const QString& organizationId) {
    if (!signer)
        return refusal(what, QCoreApplication::translate("ws", "no signing key was given"));
    if (organizationId.isEmpty())
        return refusal(what, QCoreApplication::translate("ws", "the organization ID is empty"));
    return std::nullopt;
}

} // namespace

static QPointer<ApiCall> launch(net::HttpClient* http, const ApiConfig& config,
                                const std::optional<Error>& baseUrlError, QList<QPointer<ApiCallImpl>>& calls,
                                TurnkeyClient::Signer signer, CallSpec spec, std::optional<Error> inputError,
                                QObject* context, ApiCallImpl::Finisher finisher) {
    const QString what = spec.what;
    auto* call =
        new ApiCallImpl(http, config, std::move(signer), std::move(spec), context, std::move(finisher));
    calls.removeAll(QPointer<ApiCallImpl>());
    calls.append(call);
    if (baseUrlError)
        call->refuse(baseUrlError->withContext(what));
    else if (inputError)
        call->refuse(*inputError);
    else
        call->start();
    return call;
}

QPointer<ApiCall> TurnkeyClient::stampLogin(Signer signer, const QString& organizationId,
                                            const StampLoginParams& params, QObject* context,
                                            Callback<QByteArray> done) {
    const QString what = QStringLiteral("stamp_login");
    std::optional<Error> bad = checkCommon(what, signer, organizationId);
    if (!bad && params.publicKey.isEmpty())
        bad = refusal(what, tr("the new session's public key is empty"));
    if (!bad && params.expirationSeconds <= 0)
        bad = refusal(what, tr("the session lifetime must be positive"));
    CallSpec spec{what, QStringLiteral("/public/v1/submit/stamp_login"),
                  api::stampLoginBody(d->clock.nowMSecs(), organizationId, params), true, organizationId};
    return launch(&d->http, m_config, d->baseUrlError, d->calls, std::move(signer), std::move(spec), bad,
                  context, typedFinisher<QByteArray>(std::move(done), [what](const QJsonObject& activity) {
                      return api::parseStampLoginResult(activity, what);
                  }));
}

QPointer<ApiCall> TurnkeyClient::stampLoginAttested(Signer key, const QByteArray& scheme,
                                                    const QByteArray& attestation,
                                                    const QString& organizationId,
                                                    const StampLoginParams& params, QObject* context,
                                                    Callback<QByteArray> done) {
    if (!key || scheme.isEmpty() || attestation.isEmpty()) {
        const QString what = QStringLiteral("stamp_login");
        std::optional<Error> bad = checkCommon(what, key, organizationId);
        if (!bad)
            bad = refusal(what, tr("the attested stamp needs a scheme and an attestation"));
        CallSpec spec{what, QStringLiteral("/public/v1/submit/stamp_login"), QByteArray(), true,
                      organizationId};
        return launch(&d->http, m_config, d->baseUrlError, d->calls, nullptr, std::move(spec), bad, context,
                      typedFinisher<QByteArray>(std::move(done), [what](const QJsonObject& activity) {
                          return api::parseStampLoginResult(activity, what);
                      }));
    }
    RequestAuthenticator authenticate =
        [key, scheme, attestation](QByteArrayView body) -> Result<std::pair<QByteArray, QByteArray>> {
        Result<QByteArray> header = attested::make(*key, scheme, attestation, body);
        if (!header)
            return header.error();
        return std::pair{QByteArray(attested::kHeaderName), std::move(header.value())};
    };
    return stampLoginWith(std::move(authenticate), key->isExternal(), organizationId, params, context,
                          std::move(done));
}

QPointer<ApiCall> TurnkeyClient::stampLoginWith(RequestAuthenticator authenticate, bool blocking,
                                                const QString& organizationId, const StampLoginParams& params,
                                                QObject* context, Callback<QByteArray> done) {
    const QString what = QStringLiteral("stamp_login");
    std::optional<Error> bad;
    if (organizationId.trimmed().isEmpty())
        bad = refusal(what, QCoreApplication::translate("ws", "the organization ID is empty"));
    if (!bad && !authenticate)
        bad = refusal(what, tr("nothing was given to authenticate it"));
    if (!bad && params.publicKey.isEmpty())
        bad = refusal(what, tr("the new session's public key is empty"));
    if (!bad && params.expirationSeconds <= 0)
        bad = refusal(what, tr("the session lifetime must be positive"));
    CallSpec spec{what, QStringLiteral("/public/v1/submit/stamp_login"),
                  api::stampLoginBody(d->clock.nowMSecs(), organizationId, params), true, organizationId};
    spec.authenticate = std::move(authenticate);
    spec.authenticateOffThread = blocking;
    return launch(&d->http, m_config, d->baseUrlError, d->calls, nullptr, std::move(spec), bad, context,
                  typedFinisher<QByteArray>(std::move(done), [what](const QJsonObject& activity) {
                      return api::parseStampLoginResult(activity, what);
                  }));
}

QPointer<ApiCall> TurnkeyClient::whoami(Signer signer, const QString& organizationId, QObject* context,
                                        Callback<WhoamiInfo> done) {
    const QString what = QStringLiteral("whoami");
    CallSpec spec{what, QStringLiteral("/public/v1/query/whoami"), api::whoamiBody(organizationId), false,
                  organizationId};
    return launch(&d->http, m_config, d->baseUrlError, d->calls, signer, std::move(spec),
                  checkCommon(what, signer, organizationId), context,
                  typedFinisher<WhoamiInfo>(std::move(done), [what](const QJsonObject& reply) {
                      return api::parseWhoami(reply, what);
                  }));
}

QPointer<ApiCall> TurnkeyClient::getApiKeys(Signer signer, const QString& organizationId,
                                            const QString& userId, QObject* context,
                                            Callback<QList<ApiKeyInfo>> done) {
    const QString what = QStringLiteral("get_api_keys");
    CallSpec spec{what, QStringLiteral("/public/v1/query/get_api_keys"),
                  api::getApiKeysBody(organizationId, userId), false, organizationId};
    return launch(&d->http, m_config, d->baseUrlError, d->calls, signer, std::move(spec),
                  checkCommon(what, signer, organizationId), context,
                  typedFinisher<QList<ApiKeyInfo>>(std::move(done), [what](const QJsonObject& reply) {
                      return api::parseApiKeys(reply, what);
                  }));
}

QPointer<ApiCall> TurnkeyClient::deleteApiKeys(Signer signer, const QString& organizationId,
                                               const QString& userId, const QStringList& apiKeyIds,
                                               QObject* context, Callback<QStringList> done) {
    const QString what = QStringLiteral("delete_api_keys");
    std::optional<Error> bad = checkCommon(what, signer, organizationId);
    if (!bad && userId.isEmpty())
        bad = refusal(what, tr("the user ID is empty"));
    if (!bad && apiKeyIds.isEmpty())
        bad = refusal(what, tr("no API key IDs were given"));
    CallSpec spec{what, QStringLiteral("/public/v1/submit/delete_api_keys"),
                  api::deleteApiKeysBody(d->clock.nowMSecs(), organizationId, userId, apiKeyIds), true,
                  organizationId};
    return launch(&d->http, m_config, d->baseUrlError, d->calls, std::move(signer), std::move(spec), bad,
                  context, typedFinisher<QStringList>(std::move(done), [what](const QJsonObject& activity) {
                      return api::parseDeleteApiKeysResult(activity, what);
                  }));
}

QPointer<ApiCall> TurnkeyClient::listWallets(Signer signer, const QString& organizationId, QObject* context,
                                             Callback<QList<WalletInfo>> done) {
    const QString what = QStringLiteral("list_wallets");
    CallSpec spec{what, QStringLiteral("/public/v1/query/list_wallets"), api::listWalletsBody(organizationId),
                  false, organizationId};
    return launch(&d->http, m_config, d->baseUrlError, d->calls, signer, std::move(spec),
                  checkCommon(what, signer, organizationId), context,
                  typedFinisher<QList<WalletInfo>>(std::move(done), [what](const QJsonObject& reply) {
                      return api::parseWallets(reply, what);
                  }));
}

QPointer<ApiCall> TurnkeyClient::listWalletAccounts(Signer signer, const QString& organizationId,
                                                    const QString& walletId, QObject* context,
                                                    Callback<QList<WalletAccountInfo>> done) {
    const QString what = QStringLiteral("list_wallet_accounts");
    std::optional<Error> bad = checkCommon(what, signer, organizationId);
    if (!bad && walletId.isEmpty())
        bad = refusal(what, tr("the wallet ID is empty"));
    CallSpec spec{what, QStringLiteral("/public/v1/query/list_wallet_accounts"),
                  api::listWalletAccountsBody(organizationId, walletId), false, organizationId};
    return launch(&d->http, m_config, d->baseUrlError, d->calls, signer, std::move(spec), bad, context,
                  typedFinisher<QList<WalletAccountInfo>>(std::move(done), [what](const QJsonObject& reply) {
                      return api::parseWalletAccounts(reply, what);
                  }));
}

QPointer<ApiCall> TurnkeyClient::post(Signer signer, const QString& path, QByteArray body,
                                      bool waitForActivity, const QString& organizationId, QObject* context,
                                      Callback<QJsonObject> done) {
    const QString what = path.section(QLatin1Char('/'), -1);
    std::optional<Error> bad;
    if (!signer)
        bad = refusal(what, tr("no signing key was given"));
    CallSpec spec{what, path, std::move(body), waitForActivity, organizationId};
    return launch(&d->http, m_config, d->baseUrlError, d->calls, std::move(signer), std::move(spec), bad,
                  context, [waitForActivity, done = std::move(done)](Result<QJsonObject> reply) {
                      if (reply.ok() && waitForActivity)
                          return done(QJsonObject{{QStringLiteral("activity"), reply.value()}});
                      done(std::move(reply));
                  });
}

} // namespace ws
