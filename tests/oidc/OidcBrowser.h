#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QUrl>
#include <functional>

// Plays the user's browser in tests: opens the authorization URL with real HTTP, clicks the consent
// page's button when there is one, and follows the provider's redirect to the app's loopback
// listener. Redirects are followed by hand, so a test can tamper with the one to the listener.
class OidcBrowser {
public:
    struct Page {
        int status = 0;
        QByteArray body;
        QUrl url;
    };
    // "allow" or "deny" on the consent page (ignored when the provider auto-consents).
    QString decision = QStringLiteral("allow");
    // Applied to the redirect URL before it is sent to the listener.
    std::function<QUrl(const QUrl&)> tamper;

    // The last page, that of the loopback listener when all went as expected; for a redirect to an
    // app's URL scheme (wallet-sessions://…), that redirect (status 302, `url` the app's URL).
    Page open(const QUrl& authorizationUrl);
    Page get(const QUrl& url);
    Page postForm(const QUrl& url, const QByteArray& form);

private:
    Page follow(Page page, int hops);
    Page wait(class QNetworkReply* reply);
    QNetworkAccessManager m_nam;
};
