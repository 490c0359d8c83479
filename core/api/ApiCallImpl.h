#pragma once

#include "ApiTypes.h"
#include "TurnkeyClient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <functional>

namespace ws::net {
class HttpClient;
class HttpTransfer;
} // namespace ws::net

namespace ws::api {

struct CallSpec {
    QString what; // the call's name in error messages: "whoami", "stamp_login"
    QString path; // "/public/v1/query/whoami"
    QByteArray body;
    bool isActivity = false; // reply is {"activity": ...}; poll get_activity until terminal
    QString organizationId;  // for get_activity polls
    // How a request is authenticated when it is not an X-Stamp by the call's signer: the header
    // (name, value) made over exactly the bytes sent (X-Stamp-Attested). With neither this nor a
    // signer, the request carries no stamp (the Auth Proxy).
    std::function<Result<std::pair<QByteArray, QByteArray>>(QByteArrayView body)> authenticate = {};
    // `authenticate` signs with a key that may block on hardware (a TPM): run it on the thread pool.
    bool authenticateOffThread = false;
    QList<std::pair<QByteArray, QByteArray>> headers = {}; // sent as they are (X-Auth-Proxy-Config-ID)
};

// One API call from first byte to callback: the request, its retries (5xx and network failures,
// re-sending the identical bytes and stamp with exponential back-off), the inactivity timeout, the
// overall deadline (spanning retries and polls), the reply size cap and activity polling.
// On success the finisher gets the decoded reply (for an activity, the completed activity object).
class ApiCallImpl final : public ApiCall {
    Q_OBJECT
public:
    using Finisher = std::function<void(Result<QJsonObject>)>;

    ApiCallImpl(net::HttpClient* http, const ApiConfig& config, TurnkeyClient::Signer signer, CallSpec spec,
                QObject* context, Finisher finisher);
    ~ApiCallImpl() override;

    void start();
    // Ends the call before it started (invalid input); the callback still comes asynchronously.
    void refuse(Error error);
    void cancel() override;
    // The client is being destroyed: end with CANCELLED and never touch its HTTP client again.
    void abandon();

private:
    void beginRequest(const QString& what, const QString& path, QByteArray body);
    void sendStamped(const QString& what, const QString& path, QByteArray body, Result<QByteArray> stamped);
    void sendWithHeader(const QString& what, const QString& path, QByteArray body,
                        Result<std::pair<QByteArray, QByteArray>> header);
    void send();
    void onFinished();
    void onDeadline();
    void onContextDestroyed();
    void handleHttpReply(int status, const QByteArray& body, const QByteArray& location);
    void handleDecodedReply(const QJsonObject& reply);
    void retryOrFail(Error error, bool retryable);
    void later(std::chrono::milliseconds delay, std::function<void()> then);
    void failTooLarge(qint64 size);
    void finish(Result<QJsonObject> result);
    void dropReply();

    QPointer<net::HttpClient> m_http;
    ApiConfig m_config;
    TurnkeyClient::Signer m_signer;
    CallSpec m_spec;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    Finisher m_finisher;

    // The request currently being sent: the same bytes and stamp for every attempt.
    QString m_what;
    QString m_path;
    QByteArray m_body;
    QByteArray m_stampName;
    QByteArray m_stamp;
    int m_attempt = 0;
    QPointer<net::HttpTransfer> m_transfer;

    int m_polls = 0;
    QTimer m_deadlineTimer;
    QTimer m_delayTimer;
    std::function<void()> m_afterDelay;
    bool m_finished = false;
};

} // namespace ws::api
