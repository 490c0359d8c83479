#include "Notifier.h"

#include "TrayIntegration.h"

namespace ws {

Notifier::Notifier(TrayIntegration* tray, QObject* parent)
    : QObject(parent)
    , m_tray(tray) {}

void Notifier::setNotificationsEnabled(bool enabled) {
    m_enabled = enabled;
}

void Notifier::warn(const QString& title, const QString& text, bool critical) {
    // TrayIntegration::showMessage refuses when no icon is visible, because supportsMessages() says
    // true even under bare Xvfb and offscreen, where the balloon would never be seen.
    if (m_enabled && m_tray && m_tray->showMessage(title, text, critical))
        return;
    Q_EMIT bannerRequested(text, critical);
}

} // namespace ws
