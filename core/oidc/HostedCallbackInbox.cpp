#include "oidc/HostedCallbackInbox.h"

namespace ws::oidc {

HostedCallbackInbox::HostedCallbackInbox(QObject* parent)
    : QObject(parent) {}

bool HostedCallbackInbox::await(QObject* owner, QString scheme, Handler handler) {
    if (isWaiting() && m_owner != owner)
        return false;
    m_owner = owner;
    m_scheme = scheme.toLower();
    m_handler = std::move(handler);
    return true;
}

void HostedCallbackInbox::release(const QObject* owner) {
    if (m_owner != owner)
        return;
    m_owner = nullptr;
    m_handler = nullptr;
}

bool HostedCallbackInbox::isWaiting() const {
    return m_owner && m_handler;
}

bool HostedCallbackInbox::deliver(const QUrl& url) {
    if (!isWaiting() || url.scheme().toLower() != m_scheme)
        return false;
    // One answer per sign-in: the handler is released before it runs, so a second click on the same
    // link (or a replay) finds nobody waiting.
    const Handler handler = std::exchange(m_handler, nullptr);
    m_owner = nullptr;
    handler(url);
    return true;
}

QString HostedCallbackInbox::appScheme() {
    return QStringLiteral("wallet-sessions");
}

QString HostedCallbackInbox::cliChannelName() {
    return QStringLiteral("wallet-sessions-cli-signin");
}

bool HostedCallbackInbox::isCallbackUrl(const QString& argument) {
    return argument.startsWith(appScheme() + QLatin1Char(':'), Qt::CaseInsensitive);
}

} // namespace ws::oidc
