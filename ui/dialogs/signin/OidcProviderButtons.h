#pragma once

#include "oidc/OidcTypes.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace ws::ui {

// One "Continue with <provider>" button per OpenID provider the app offers (Google, the generic
// provider under its name, "Demo ID" in the demo), each with the same neutral icon: the app shows no
// provider's brand it has not been given.
class OidcProviderButtons : public QWidget {
    Q_OBJECT
public:
    explicit OidcProviderButtons(QWidget* parent = nullptr);

    void setProviders(const QList<oidc::ProviderConfig>& providers);
    QList<oidc::ProviderConfig> providers() const { return m_providers; }
    // The first button (what Enter picks when these are the first way offered), null when none.
    QPushButton* firstButton() const;
    void setBusy(bool busy);

Q_SIGNALS:
    void providerChosen(const ws::oidc::ProviderConfig& provider);

private:
    QVBoxLayout* m_layout;
    QList<oidc::ProviderConfig> m_providers;
    QList<QPushButton*> m_buttons;
};

} // namespace ws::ui
