#include "Notifier.h"

#include "TrayIntegration.h"

namespace ws {

namespace {
const QString kRefreshPrefix = QStringLiteral("refresh:");
const QString kSignInAgainPrefix = QStringLiteral("sign-in-again:");
} // namespace

Notifier::Notifier(TrayIntegration* tray, DesktopNotifications* desktop, QObject* parent)
    : QObject(parent)
    , m_tray(tray)
    , m_desktop(desktop) {
    if (m_desktop)
        connect(m_desktop, &DesktopNotifications::actionInvoked, this, &Notifier::actionInvoked);
}

void Notifier::setNotificationsEnabled(bool enabled) {
    m_enabled = enabled;
}

void Notifier::warn(const QString& title, const QString& text, bool critical, Offer offer,
                    const QString& sessionKey) {
    if (!m_enabled || !m_desktop || !m_desktop->isAvailable())
        return fallBack(title, text, critical);
    QList<DesktopNotifications::Action> actions;
    if (offer == Offer::RefreshNow)
        actions.append({kRefreshPrefix + sessionKey, tr("Refresh now")});
    else if (offer == Offer::SignInAgain)
        actions.append({kSignInAgainPrefix + sessionKey, tr("Sign in again")});
    QPointer<Notifier> self(this);
    m_desktop->notify(title, text, critical, actions, [self, title, text, critical](bool sent) {
        if (self && !sent)
            self->fallBack(title, text, critical);
    });
}

void Notifier::trayResult(const QString& text, bool ok, bool windowVisible) {
    if (windowVisible)
        return;
    warn(ok ? tr("Wallet Sessions") : tr("Refresh failed"), text, !ok);
}

void Notifier::fallBack(const QString& title, const QString& text, bool critical) {
    // TrayIntegration::showMessage refuses when no icon is visible, because supportsMessages() says
    // true even under bare Xvfb and offscreen, where the balloon would never be seen.
    if (m_enabled && m_tray && m_tray->showMessage(title, text, critical))
        return;
    Q_EMIT bannerRequested(text, critical);
}

void Notifier::actionInvoked(const QString& key) {
    if (key.startsWith(kRefreshPrefix))
        Q_EMIT refreshRequested(key.mid(kRefreshPrefix.size()));
    else if (key.startsWith(kSignInAgainPrefix))
        Q_EMIT signInAgainRequested(key.mid(kSignInAgainPrefix.size()));
}

} // namespace ws
