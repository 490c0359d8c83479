#include "OidcProviderButtons.h"

#include <QIcon>
#include <QPushButton>
#include <QVBoxLayout>

namespace ws::ui {

OidcProviderButtons::OidcProviderButtons(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("oidcProviderButtons"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    hide();
}

void OidcProviderButtons::setProviders(const QList<oidc::ProviderConfig>& providers) {
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_providers = providers;
    for (const oidc::ProviderConfig& provider : providers) {
        auto* button = new QPushButton(QIcon(QStringLiteral(":/icons/identity-provider.svg")),
                                       tr("Continue with %1").arg(provider.displayName), this);
        button->setObjectName(QStringLiteral("signInOidc_%1").arg(provider.name));
        button->setAccessibleName(tr("Sign in with %1").arg(provider.displayName));
        button->setAccessibleDescription(
            tr("Opens %1 in your web browser; you come back here when you have signed in")
                .arg(provider.displayName));
        connect(button, &QPushButton::clicked, this, [this, provider] { Q_EMIT providerChosen(provider); });
        m_layout->addWidget(button);
        m_buttons.append(button);
    }
    setVisible(!providers.isEmpty());
}

QPushButton* OidcProviderButtons::firstButton() const {
    return m_buttons.isEmpty() ? nullptr : m_buttons.constFirst();
}

void OidcProviderButtons::setBusy(bool busy) {
    for (QPushButton* button : std::as_const(m_buttons))
        button->setEnabled(!busy);
}

} // namespace ws::ui
