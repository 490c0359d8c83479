#include "api/ApiCallImpl.h"

#include "Logging.h"
#include "OffThread.h"
#include "api/ActivityPoller.h"
#include "api/ErrorMapping.h"
#include "api/ResponseParsers.h"
#include "api/UrlPolicy.h"
#include "crypto/P256KeyPair.h"
#include "crypto/Stamp.h"
#include "net/HttpClient.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace ws::api {

namespace {

const QByteArray kClientVersion = QByteArrayLiteral("wallet-sessions/" WS_VERSION);

net::HttpRequest makeRequest(const QUrl& url, const QByteArray& stampName, const QByteArray& stamp,
                             const QList<std::pair<QByteArray, QByteArray>>& headers, QByteArray body) {
    net::HttpRequest request;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!stampName.isEmpty())
        request.headers.append({stampName, stamp});
    request.headers.append(headers);
    request.headers.append({QByteArrayLiteral("X-Client-Version"), kClientVersion});
    request.body = std::move(body);
    return request;
}

QString seconds(std::chrono::milliseconds ms) {
    return QString::number(double(ms.count()) / 1000.0, 'g', 3);
}

} // namespace

ApiCallImpl::ApiCallImpl(net::HttpClient* http, const ApiConfig& config, TurnkeyClient::Signer signer,
                         CallSpec spec, QObject* context, Finisher finisher)
    : m_http(http)
    , m_config(config)
    , m_signer(std::move(signer))
    , m_spec(std::move(spec))
    , m_context(context)
    , m_hasContext(context != nullptr)
    , m_finisher(std::move(finisher)) {
    m_deadlineTimer.setSingleShot(true);
    m_delayTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &ApiCallImpl::onDeadline);
    connect(&m_delayTimer, &QTimer::timeout, this, [this] {
        auto then = std::move(m_afterDelay);
        m_afterDelay = nullptr;
        if (then)
            then();
    });
    if (context)
        connect(context, &QObject::destroyed, this, &ApiCallImpl::onContextDestroyed);
}

ApiCallImpl::~ApiCallImpl() {
    dropReply();
}

void ApiCallImpl::start() {
    if (m_finished)
        return;
    m_deadlineTimer.start(m_config.deadline);
    beginRequest(m_spec.what, m_spec.path, m_spec.body);
}

void ApiCallImpl::refuse(Error error) {
    finish(std::move(error));
}

void ApiCallImpl::cancel() {
    if (m_finished)
        return;
    qCDebug(lcApi) << m_spec.what << "cancelled";
    finish(Error(ErrorCode::Cancelled, tr("%1 was cancelled").arg(m_spec.what)));
}

void ApiCallImpl::abandon() {
    if (m_finished)
        return;
    finish(
        Error(ErrorCode::Cancelled, tr("%1 was cancelled: the API client was shut down").arg(m_spec.what)));
    m_http.clear();
}

void ApiCallImpl::beginRequest(const QString& what, const QString& path, QByteArray body) {
    if (m_spec.authenticate) {
        // A call with its own authentication (an attested stamp): the spec makes the whole header.
        if (m_spec.authenticateOffThread) {
            using Header = Result<std::pair<QByteArray, QByteArray>>;
            runOffThread<Header>(
                this, [authenticate = m_spec.authenticate, body]() { return authenticate(body); },
                [this, what, path, body](Header header) {
                    if (!m_finished)
                        sendWithHeader(what, path, body, std::move(header));
                });
            return;
        }
        Result<std::pair<QByteArray, QByteArray>> header = m_spec.authenticate(body);
        sendWithHeader(what, path, std::move(body), std::move(header));
        return;
    }
    if (!m_signer) { // an unauthenticated call (the Auth Proxy's)
        sendWithHeader(what, path, std::move(body), std::pair<QByteArray, QByteArray>{});
        return;
    }
    if (m_signer->isExternal()) {
        // A TPM signs in tens of milliseconds on real hardware: stamp on the thread pool, send from here.
        runOffThread<Result<QByteArray>>(
            this, [signer = m_signer, body]() { return stamp::make(*signer, body); },
            [this, what, path, body](Result<QByteArray> stamped) {
                if (!m_finished)
                    sendStamped(what, path, body, std::move(stamped));
            });
        return;
    }
    auto stamped = stamp::make(*m_signer, body);
    sendStamped(what, path, std::move(body), std::move(stamped));
}

void ApiCallImpl::sendStamped(const QString& what, const QString& path, QByteArray body,
                              Result<QByteArray> stamped) {
    if (!stamped) {
        sendWithHeader(what, path, std::move(body), stamped.error());
        return;
    }
    sendWithHeader(what, path, std::move(body),
                   std::pair{QByteArray(stamp::kHeaderName), std::move(stamped.value())});
}

void ApiCallImpl::sendWithHeader(const QString& what, const QString& path, QByteArray body,
                                 Result<std::pair<QByteArray, QByteArray>> header) {
    if (!header) {
        finish(header.error().withContext(tr("stamping %1").arg(what)));
        return;
    }
    m_what = what;
    m_path = path;
    m_body = std::move(body);
    m_stampName = std::move(header.value().first);
    m_stamp = std::move(header.value().second);
    m_attempt = 0;
    send();
}

void ApiCallImpl::send() {
    if (!m_http) {
        finish(Error(ErrorCode::Cancelled, tr("%1 was cancelled: the API client was shut down").arg(m_what)));
        return;
    }
    ++m_attempt;
    const QUrl url = endpointUrl(m_config.baseUrl, m_path);
    qCDebug(lcApi) << "POST" << url.toDisplayString() << "attempt" << m_attempt << "bytes" << m_body.size();
    // The same bytes every attempt: the signed body and its stamp.
    net::HttpTransfer* transfer =
        m_http->send(makeRequest(url, m_stampName, m_stamp, m_spec.headers, m_body),
                     net::HttpLimits{m_config.maxReplyBytes, m_config.inactivityTimeout});
    m_transfer = transfer;
    connect(transfer, &net::HttpTransfer::finished, this, &ApiCallImpl::onFinished);
}

void ApiCallImpl::failTooLarge(qint64 size) {
    qCWarning(lcApi) << m_what << "reply too large:" << size << "bytes";
    finish(Error(ErrorCode::BadResponse,
                 tr("%1: the server's reply is larger than %2 bytes (at least %3); refused")
                     .arg(m_what)
                     .arg(m_config.maxReplyBytes)
                     .arg(size)));
}

void ApiCallImpl::onFinished() {
    net::HttpTransfer* transfer = m_transfer;
    if (!transfer)
        return;
    m_transfer.clear();
    transfer->deleteLater();

    using Outcome = net::HttpTransfer::Outcome;
    switch (transfer->outcome()) {
    case Outcome::Replied:
        qCDebug(lcApi) << m_path << "HTTP" << transfer->status() << transfer->body().size() << "bytes";
        handleHttpReply(transfer->status(), transfer->body(), transfer->header("location"));
        return;
    case Outcome::TooLarge:
        failTooLarge(transfer->bodySizeAtLeast());
        return;
    case Outcome::InactivityTimeout:
        finish(Error(ErrorCode::Timeout, tr("%1: the API sent nothing for %2 s; gave up")
                                             .arg(m_what, seconds(m_config.inactivityTimeout))));
        return;
    case Outcome::Pending:
    case Outcome::Failed:
        break;
    }
    for (const QString& e : transfer->sslErrors())
        qCWarning(lcApi) << "TLS error from" << m_config.baseUrl.host() << ":" << e;
    qCDebug(lcApi) << m_path << "transport error" << transfer->networkError() << transfer->errorString();
    TransportFailure failure =
        errorFromTransport(transfer->networkError(), transfer->errorString(), transfer->sslErrors(), m_what);
    retryOrFail(std::move(failure.error), failure.retryable);
}

void ApiCallImpl::handleHttpReply(int status, const QByteArray& body, const QByteArray& location) {
    if (status >= 300 && status <= 399) {
        Error e(
            ErrorCode::BadResponse,
            tr("%1: the API answered with a redirect (HTTP %2) to '%3'; refusing to follow it")
                .arg(m_what)
                .arg(status)
                .arg(location.isEmpty() ? tr("no location") : QUrl::fromEncoded(location).toDisplayString()));
        e.httpStatus = status;
        finish(std::move(e));
        return;
    }
    if (status >= 200 && status <= 299) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            const QString why = parseError.error != QJsonParseError::NoError
                                    ? tr("invalid JSON at offset %1 (%2)")
                                          .arg(parseError.offset)
                                          .arg(parseError.errorString())
                                    : tr("the JSON is not an object");
            Error e(ErrorCode::BadResponse,
                    tr("%1: the server's reply (HTTP %2) is not what the protocol says: %3")
                        .arg(m_what)
                        .arg(status)
                        .arg(why));
            e.httpStatus = status;
            finish(std::move(e));
            return;
        }
        handleDecodedReply(doc.object());
        return;
    }
    Error e = errorFromHttpReply(status, body, m_what, m_attempt);
    retryOrFail(std::move(e), isRetryableHttpStatus(status));
}

void ApiCallImpl::handleDecodedReply(const QJsonObject& reply) {
    if (!m_spec.isActivity) {
        finish(reply);
        return;
    }
    auto info = parseActivityEnvelope(reply, m_what);
    if (!info) {
        finish(info.error());
        return;
    }
    switch (classifyActivityStatus(info->status)) {
    case ActivityOutcome::Completed:
        finish(info->activity);
        return;
    case ActivityOutcome::Failed:
        finish(activityFailedError(*info, m_spec.what));
        return;
    case ActivityOutcome::Pending:
        break;
    }
    if (m_polls >= m_config.pollAttempts) {
        finish(activityStillPendingError(*info, m_polls, m_spec.what));
        return;
    }
    ++m_polls;
    qCDebug(lcApi) << m_spec.what << "activity" << info->id << info->status << "poll" << m_polls;
    const QString what = tr("%1 (polling get_activity)").arg(m_spec.what);
    QByteArray pollBody = getActivityBody(m_spec.organizationId, info->id);
    later(m_config.pollInterval, [this, what, pollBody]() mutable {
        beginRequest(what, QString::fromLatin1(kGetActivityPath), std::move(pollBody));
    });
}

void ApiCallImpl::retryOrFail(Error error, bool retryable) {
    if (!retryable || m_attempt > m_config.maxRetries) {
        if (retryable && m_attempt > 1 && error.code == ErrorCode::Network)
            error.message += tr(" (after %1 attempts)").arg(m_attempt);
        finish(std::move(error));
        return;
    }
    const auto delay = m_config.retryBaseDelay * (qint64(1) << std::min(m_attempt - 1, 20));
    if (m_deadlineTimer.isActive() && m_deadlineTimer.remainingTimeAsDuration() <= delay) {
        error.message +=
            tr(" (no time left to retry before the %1 s deadline)").arg(seconds(m_config.deadline));
        finish(std::move(error));
        return;
    }
    qCInfo(lcApi) << m_what << "retrying in" << delay.count() << "ms after:" << error.message;
    later(delay, [this] { send(); });
}

void ApiCallImpl::later(std::chrono::milliseconds delay, std::function<void()> then) {
    m_afterDelay = std::move(then);
    m_delayTimer.start(delay);
}

void ApiCallImpl::onDeadline() {
    if (m_finished)
        return;
    finish(Error(ErrorCode::Timeout, tr("%1: no complete answer from the API within %2 s; gave up")
                                         .arg(m_spec.what, seconds(m_config.deadline))));
}

void ApiCallImpl::onContextDestroyed() {
    m_context.clear();
    m_finished = true;
    m_deadlineTimer.stop();
    m_delayTimer.stop();
    m_afterDelay = nullptr;
    dropReply();
    deleteLater();
}

void ApiCallImpl::finish(Result<QJsonObject> result) {
    if (m_finished)
        return;
    m_finished = true;
    m_deadlineTimer.stop();
    m_delayTimer.stop();
    m_afterDelay = nullptr;
    dropReply();
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result)]() mutable {
            if (!m_hasContext || m_context) {
                Finisher finisher = std::move(m_finisher);
                m_finisher = nullptr;
                if (finisher)
                    finisher(std::move(result));
            }
            deleteLater();
        },
        Qt::QueuedConnection);
}

void ApiCallImpl::dropReply() {
    if (net::HttpTransfer* transfer = m_transfer) {
        m_transfer.clear();
        transfer->abort();
        transfer->deleteLater();
    }
}

} // namespace ws::api
