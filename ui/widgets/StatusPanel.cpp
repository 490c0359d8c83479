#include "StatusPanel.h"

#include "ElidedLabel.h"
#include "ThemeColors.h"

#include <QDateTime>
#include <QLabel>
#include <QStatusBar>

namespace ws::ui {

StatusPanel::StatusPanel(QStatusBar* bar)
    : QObject(bar) {
    m_result = new ElidedLabel(bar);
    m_result->setObjectName(QStringLiteral("lastResult"));
    m_result->setAccessibleName(tr("Last operation"));
    m_endpoint = new QLabel(bar);
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_endpoint->setAccessibleName(tr("API endpoint"));
    m_keychain = new QLabel(bar);
    m_keychain->setObjectName(QStringLiteral("keychainHealth"));
    m_keychain->setAccessibleName(tr("Keychain"));
    bar->addWidget(m_result, 1);
    bar->addPermanentWidget(m_endpoint);
    bar->addPermanentWidget(m_keychain);
    setLastResult(tr("Ready"), true);
}

void StatusPanel::setEndpoint(const QString& url, bool demo) {
    m_endpoint->setText(demo ? tr("API: %1 (demo server)").arg(url) : tr("API: %1").arg(url));
    m_endpoint->setToolTip(tr("Turnkey API base URL (change it in Settings)"));
}

void StatusPanel::setKeychain(const QString& description, bool healthy) {
    m_keychain->setText(healthy ? tr("Keychain: OK") : tr("Keychain: unavailable"));
    QPalette palette = m_keychain->parentWidget()->palette();
    if (!healthy)
        palette.setColor(QPalette::WindowText, errorTextColor(palette));
    m_keychain->setPalette(palette);
    m_keychain->setToolTip(description);
}

void StatusPanel::setLastResult(const QString& message, bool ok) {
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    // Elided to the room left beside the permanent widgets; the whole message is in the tooltip.
    m_result->setFullText(
        QStringLiteral("%1 %2  %3").arg(ok ? QStringLiteral("✔") : QStringLiteral("✖"), stamp, message));
    QPalette palette = m_result->parentWidget()->palette();
    if (!ok)
        palette.setColor(QPalette::WindowText, errorTextColor(palette));
    m_result->setPalette(palette);
}

QString StatusPanel::lastResult() const {
    return m_result->fullText();
}

} // namespace ws::ui
