#pragma once

#include "Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace ws::oidc {

struct HttpResult {
    int status = 0;
    QByteArray body;
};

// The provider side of the flow (discovery, JWKS, the token request) over HTTPS with peer
// verification, http only to loopback, no redirects, no cookies. A connection failure is NETWORK, a
// provider that does not answer within the timeout is TIMEOUT; any HTTP status is handed back.
class OidcHttp : public QObject {
    Q_OBJECT
public:
    OidcHttp(QNetworkAccessManager* nam, std::chrono::milliseconds timeout, QObject* parent = nullptr);

    void get(const QUrl& url, Callback<HttpResult> done);
    void postForm(const QUrl& url, const QUrlQuery& form, Callback<HttpResult> done);
    // Aborts every request in flight; their callbacks are not called.
    void abortAll();

private:
    void track(QNetworkReply* reply, const QUrl& url, Callback<HttpResult> done);

    QNetworkAccessManager* m_nam;
    std::chrono::milliseconds m_timeout;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace ws::oidc
