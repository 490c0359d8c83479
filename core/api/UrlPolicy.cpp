#include "api/UrlPolicy.h"

#include "Text.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ws::api {

namespace {} // namespace

bool isLoopbackHost(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

Result<void> validateBaseUrl(const QUrl& url) {
    const QString shown = url.toDisplayString();
    if (!url.isValid() || url.isRelative())
        return Error(ErrorCode::InvalidInput,
                     Text::tr("the API base URL '%1' is not a valid absolute URL").arg(shown));
    if (url.host().isEmpty())
        return Error(ErrorCode::InvalidInput, Text::tr("the API base URL '%1' has no host").arg(shown));
    if (!url.userInfo().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     Text::tr("the API base URL '%1' must not contain a user name or password").arg(shown));
    if (url.hasQuery() || url.hasFragment())
        return Error(ErrorCode::InvalidInput,
                     Text::tr("the API base URL '%1' must not contain a query or fragment").arg(shown));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("refusing the API base URL '%1': plain http:// is only allowed to this computer "
                     "(127.0.0.0/8, ::1, localhost); use https://")
                .arg(shown));
    }
    return Error(
        ErrorCode::InvalidInput,
        Text::tr("refusing the API base URL '%1': only https:// (or http:// to this computer) is supported")
            .arg(shown));
}

QUrl endpointUrl(const QUrl& baseUrl, const QString& path) {
    QUrl url = baseUrl;
    QString prefix = baseUrl.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

} // namespace ws::api
