#include "StatusPanel.h"

#include <QDateTime>
#include <QLabel>
#include <QStatusBar>

namespace ws::ui {

StatusPanel::StatusPanel(QStatusBar* bar)
    : QObject(bar) {
    m_result = new QLabel(bar);
    m_result->setObjectName(QStringLiteral("lastResult"));
    m_result->setTextFormat(Qt::PlainText);
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
    m_keychain->setStyleSheet(healthy ? QString() : QStringLiteral("color: #c62828; font-weight: bold;"));
    m_keychain->setToolTip(description);
}

void StatusPanel::setLastResult(const QString& message, bool ok) {
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    m_result->setText(
        QStringLiteral("%1 %2  %3").arg(ok ? QStringLiteral("✔") : QStringLiteral("✖"), stamp, message));
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    m_result->setToolTip(message);
}

QString StatusPanel::lastResult() const {
    return m_result->text();
}

} // namespace ws::ui
