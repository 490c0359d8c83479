#include "SignInMethodPage.h"

#include <QGroupBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ws::ui {

SignInMethodPage::SignInMethodPage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("signInMethodPage"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("Choose how to sign in. A new session is a fresh key registered with Turnkey "
                            "for a limited time; its private key stays in the system keychain."),
                         this);
    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_methods = new QVBoxLayout;
    m_email = new QPushButton(tr("Continue with &email"), this);
    m_email->setObjectName(QStringLiteral("signInEmailButton"));
    m_email->setAccessibleName(tr("Sign in with email"));
    m_email->setAccessibleDescription(tr("A one-time code is sent to your email address"));
    m_sms = new QPushButton(tr("Continue with &text message"), this);
    m_sms->setObjectName(QStringLiteral("signInSmsButton"));
    m_sms->setAccessibleName(tr("Sign in with a text message"));
    m_sms->setAccessibleDescription(tr("A one-time code is sent to your phone by text message"));
    m_methods->addWidget(m_email);
    m_methods->addWidget(m_sms);
    layout->addLayout(m_methods);
    // Needs no Auth Proxy: the passkey stamps the log-in itself, so it is offered whatever the proxy says.
    m_securityKey =
        new QPushButton(QIcon(QStringLiteral(":/icons/security-key.svg")), tr("Use a security &key…"), this);
    m_securityKey->setObjectName(QStringLiteral("signInSecurityKeyButton"));
    m_securityKey->setAccessibleName(tr("Sign in with a security key"));
    m_securityKey->setAccessibleDescription(
        tr("A passkey on a FIDO2 security key, registered in your wallet's web app"));
    layout->addWidget(m_securityKey);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("signInMethodNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);

    auto* developer = new QGroupBox(tr("Developer"), this);
    auto* devLayout = new QVBoxLayout(developer);
    m_apiKey = new QPushButton(QIcon(QStringLiteral(":/icons/login.svg")), tr("Log in with an &API key…"),
                               developer);
    m_apiKey->setObjectName(QStringLiteral("signInApiKeyButton"));
    m_apiKey->setAccessibleName(tr("Log in with an API key"));
    m_apiKey->setAccessibleDescription(tr("For developers who hold a Turnkey API key pair"));
    devLayout->addWidget(m_apiKey);
    layout->addWidget(developer);
    layout->addStretch(1);

    connect(m_email, &QPushButton::clicked, this, &SignInMethodPage::emailChosen);
    connect(m_sms, &QPushButton::clicked, this, &SignInMethodPage::smsChosen);
    connect(m_apiKey, &QPushButton::clicked, this, &SignInMethodPage::apiKeyChosen);
    connect(m_securityKey, &QPushButton::clicked, this, &SignInMethodPage::securityKeyChosen);
}

void SignInMethodPage::setProviders(const QStringList& enabledProviders, const QString& unavailable) {
    const bool any = unavailable.isEmpty();
    m_email->setVisible(any && enabledProviders.contains(QLatin1String("email")));
    m_sms->setVisible(any && enabledProviders.contains(QLatin1String("sms")));
    m_note->setText(unavailable);
    m_note->setVisible(!unavailable.isEmpty());
}

void SignInMethodPage::setHeading(const QString& text) {
    m_intro->setText(text);
}

QPushButton* SignInMethodPage::defaultButton() const {
    if (!m_email->isHidden())
        return m_email;
    return m_sms->isHidden() ? m_securityKey : m_sms;
}

void SignInMethodPage::setLoading(bool loading) {
    m_email->setEnabled(!loading);
    m_sms->setEnabled(!loading);
    if (loading) {
        m_note->setText(tr("Asking the Auth Proxy which ways to sign in are enabled…"));
        m_note->show();
    } else if (m_note->text() == tr("Asking the Auth Proxy which ways to sign in are enabled…")) {
        m_note->hide();
    }
}

} // namespace ws::ui
