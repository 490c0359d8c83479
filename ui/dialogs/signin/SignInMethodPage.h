#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ws::ui {

// The first page of the log-in dialog: the ways to sign in a wallet user expects (email, text message,
// OpenID providers, a security key), then, under "Developer", the API key. Which of email and text message
// are offered follows the Auth Proxy's wallet_kit_config enabledProviders.
class SignInMethodPage : public QWidget {
    Q_OBJECT
public:
    explicit SignInMethodPage(QWidget* parent = nullptr);

    // `enabledProviders` from wallet_kit_config ("email", "sms", ...). A non-empty `unavailable` says why
    // no one-time-code sign-in is possible (no Auth Proxy configured, unreachable): only the API key is.
    void setProviders(const QStringList& enabledProviders, const QString& unavailable = {});
    void setLoading(bool loading);
    // Replaces the introduction (rich text), as Sign in again does.
    void setHeading(const QString& text);
    // The rows above the developer section, for more ways to sign in (OpenID providers).
    QVBoxLayout* methodsLayout() const { return m_methods; }
    // What Enter picks on this page: the first way offered.
    QPushButton* defaultButton() const;

Q_SIGNALS:
    void emailChosen();
    void smsChosen();
    void apiKeyChosen();
    void securityKeyChosen();

private:
    QVBoxLayout* m_methods;
    QPushButton* m_email;
    QPushButton* m_sms;
    QPushButton* m_apiKey;
    QPushButton* m_securityKey;
    QLabel* m_intro;
    QLabel* m_note;
};

} // namespace ws::ui
