#include "OidcBrowser.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

OidcBrowser::Page OidcBrowser::wait(QNetworkReply* reply) {
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Page page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    const QByteArray location = reply->rawHeader("Location");
    page.url = location.isEmpty() ? reply->url() : reply->url().resolved(QUrl::fromEncoded(location));
    reply->deleteLater();
    return page;
}

OidcBrowser::Page OidcBrowser::get(const QUrl& url) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return wait(m_nam.get(request));
}

OidcBrowser::Page OidcBrowser::postForm(const QUrl& url, const QByteArray& form) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    return wait(m_nam.post(request, form));
}

OidcBrowser::Page OidcBrowser::open(const QUrl& authorizationUrl) {
    return follow(get(authorizationUrl), 0);
}

OidcBrowser::Page OidcBrowser::follow(Page page, int hops) {
    if (hops > 4)
        return page;
    if (page.status == 302) {
        QUrl next = page.url;
        // An app's URL scheme (Turnkey's hosted pages): the browser hands it to the desktop, not HTTP.
        if (next.scheme() != QLatin1String("http") && next.scheme() != QLatin1String("https"))
            return page;
        if (next.host() == QLatin1String("127.0.0.1") && next.path() == QLatin1String("/callback") && tamper)
            next = tamper(next);
        return follow(get(next), hops + 1);
    }
    // The consent page: a form with a hidden request id and Allow / Deny buttons.
    static const QRegularExpression requestField(QStringLiteral("name=\"request\" value=\"([^\"]+)\""));
    const QRegularExpressionMatch match = requestField.match(QString::fromUtf8(page.body));
    if (page.status == 200 && match.hasMatch()) {
        QUrl action = page.url;
        action.setPath(QStringLiteral("/authorize/decision"));
        action.setQuery(QString());
        const QByteArray form =
            "request=" + QUrl::toPercentEncoding(match.captured(1)) + "&decision=" + decision.toUtf8();
        return follow(postForm(action, form), hops + 1);
    }
    return page;
}
