#include "oidc/OidcHttp.h"

#include "api/UrlPolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace ws::oidc {

namespace {

QNetworkRequest makeRequest(const QUrl& url, std::chrono::milliseconds timeout) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(int(timeout.count()));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(ssl);
    return request;
}

} // namespace

OidcHttp::OidcHttp(QNetworkAccessManager* nam, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_timeout(timeout) {}

void OidcHttp::get(const QUrl& url, Callback<HttpResult> done) {
    if (auto allowed = api::validateBaseUrl(url); !allowed) {
        QMetaObject::invokeMethod(
            this, [done, error = allowed.error()] { done(error); }, Qt::QueuedConnection);
        return;
    }
    track(m_nam->get(makeRequest(url, m_timeout)), url, std::move(done));
}

void OidcHttp::postForm(const QUrl& url, const QUrlQuery& form, Callback<HttpResult> done) {
    if (auto allowed = api::validateBaseUrl(url); !allowed) {
        QMetaObject::invokeMethod(
            this, [done, error = allowed.error()] { done(error); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request = makeRequest(url, m_timeout);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    track(m_nam->post(request, form.query(QUrl::FullyEncoded).toLatin1()), url, std::move(done));
}

void OidcHttp::abortAll() {
    const auto replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void OidcHttp::track(QNetworkReply* reply, const QUrl& url, Callback<HttpResult> done) {
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, done = std::move(done)] {
        m_replies.removeAll(reply);
        reply->deleteLater();
        const QNetworkReply::NetworkError code = reply->error();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError) {
            done(Error(ErrorCode::Timeout,
                       QCoreApplication::translate("ws", "the sign-in provider at %1 did not answer in time")
                           .arg(url.host())));
            return;
        }
        if (!status.isValid()) {
            done(Error(ErrorCode::Network,
                       QCoreApplication::translate("ws", "the sign-in provider at %1 is unreachable: %2")
                           .arg(url.host(), reply->errorString())));
            return;
        }
        done(HttpResult{status.toInt(), reply->readAll()});
    });
}

} // namespace ws::oidc
