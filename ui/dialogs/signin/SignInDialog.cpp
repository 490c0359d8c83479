#include "SignInDialog.h"

#include "OidcProviderButtons.h"
#include "OidcSignIn.h"
#include "OidcWaitingPage.h"
#include "OtpCodePage.h"
#include "OtpContactPage.h"
#include "SecurityKeyPage.h"
#include "SignInMethodPage.h"
#include "api/AuthProxyClient.h"
#include "dialogs/FitTitle.h"
#include "session/OtpAttestation.h"
#include "session/PasskeyAttestation.h"
#include "session/SessionManager.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace ws::ui {

SignInDialog::SignInDialog(SignInServices services, QWidget* parent)
    : QDialog(parent)
    , m_services(std::move(services)) {
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    fitTitle(this);
    auto* layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    m_methods = new SignInMethodPage(m_stack);
    m_contact = new OtpContactPage(m_services.defaultLifetimeSecs, m_stack);
    m_code = new OtpCodePage(m_stack);
    m_stack->addWidget(m_methods);
    m_stack->addWidget(m_contact);
    m_stack->addWidget(m_code);
    m_securityKey = new SecurityKeyPage(m_services.defaultLifetimeSecs, m_stack);
    m_stack->addWidget(m_securityKey);
    layout->addWidget(m_stack, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("signInCancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel signing in"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    SessionManager* sessions = m_services.sessions;
    m_contact->setTakenNames([sessions](const QString& name) { return sessions->getSession(name).ok(); });
    m_securityKey->setTakenNames([sessions](const QString& name) { return sessions->getSession(name).ok(); });
    connect(m_methods, &SignInMethodPage::securityKeyChosen, this, &SignInDialog::showSecurityKey);
    connect(m_securityKey, &SecurityKeyPage::backRequested, this, [this] { showPage(m_methods); });
    connect(m_securityKey, &SecurityKeyPage::signInRequested, this, &SignInDialog::startSecurityKey);
    connect(m_securityKey, &SecurityKeyPage::stopRequested, this, [this] {
        if (!m_running)
            return;
        m_stoppingKey = true;
        m_handle.cancel(); // the key hears fido_dev_cancel; the pending session key is destroyed
    });
    connect(m_methods, &SignInMethodPage::emailChosen, this, [this] { showContact(OtpType::Email); });
    connect(m_methods, &SignInMethodPage::smsChosen, this, [this] { showContact(OtpType::Sms); });
    connect(m_methods, &SignInMethodPage::apiKeyChosen, this, [this] {
        Q_EMIT apiKeyRequested();
        QDialog::reject();
    });
    connect(m_contact, &OtpContactPage::backRequested, this, [this] { showPage(m_methods); });
    connect(m_contact, &OtpContactPage::sendRequested, this, &SignInDialog::send);
    connect(m_code, &OtpCodePage::codeEntered, this, [this](const QString& code) {
        if (m_source && m_source->awaitingCode())
            m_source->submitCode(code);
    });
    connect(m_code, &OtpCodePage::resendRequested, this, [this] {
        if (m_source && m_source->awaitingCode()) {
            m_code->setVerifying(true);
            m_source->resend();
        }
    });
    setUpOidc();
    showPage(m_methods);
    loadConfig();
    resize(std::max(width(), kWidth), height());
}

SignInDialog::~SignInDialog() {
    if (m_running)
        m_handle.cancel();
}

void SignInDialog::loadConfig() {
    AuthProxyClient* proxy = m_services.proxy;
    if (!proxy) {
        m_methods->setProviders({}, tr("Email and text-message sign-in need a connection to Turnkey's Auth "
                                       "Proxy; only the API key works offline."));
        return;
    }
    if (Result<void> usable = proxy->usable(); !usable.ok()) {
        m_methods->setProviders(
            {}, tr("Email and text-message sign-in are not set up: %1.").arg(usable.error().message));
        return;
    }
    m_methods->setLoading(true);
    proxy->walletKitConfig(this, [this](Result<WalletKitConfig> config) {
        m_methods->setLoading(false);
        if (!config.ok()) {
            m_methods->setProviders(
                {}, tr("Email and text-message sign-in are unavailable: %1").arg(config.error().message));
            return;
        }
        m_methods->setProviders(config.value().enabledProviders);
        m_oidcButtons->setProviders(oidc::offeredProviders(
            config.value().enabledProviders, config.value().oauthClientIds, m_services.oidcOverrides));
        m_code->setFormat(config.value().otpLength, config.value().otpAlphanumeric);
        if (m_stack->currentWidget() == m_methods)
            showPage(m_methods);
    });
}

// Enter picks the page's main button, whichever widget has the focus.
void SignInDialog::showPage(QWidget* page) {
    m_stack->setCurrentWidget(page);
    fitToPage(page);
    QPushButton* main = page == m_methods       ? m_methods->defaultButton()
                        : page == m_contact     ? m_contact->defaultButton()
                        : page == m_oidcPage    ? m_oidcPage->defaultButton()
                        : page == m_securityKey ? m_securityKey->defaultButton()
                                                : m_code->defaultButton();
    main->setDefault(true);
    if (page == m_methods)
        main->setFocus();
}

// The dialog takes the height of the page it shows, not of the tallest page: the code page is a line
// and a field, and left at the method page's height it had a blank band above its buttons. A stacked
// layout's minimum leaves out pages whose vertical policy is Ignored, but its height-for-width (the
// pages wrap text) counts every page, so the page's own height is measured here.
void SignInDialog::fitToPage(QWidget* page) {
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget* each = m_stack->widget(i);
        each->setSizePolicy(QSizePolicy::Preferred,
                            each == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_stack->updateGeometry();
    layout()->activate(); // the stack's geometry for the dialog's current size
    const int width = std::max(this->width(), kWidth);
    const int pageWidth = m_stack->width() + width - this->width();
    const int pageHeight =
        std::max(page->hasHeightForWidth() ? page->heightForWidth(pageWidth) : page->sizeHint().height(),
                 page->minimumSizeHint().height());
    resize(width, height() - m_stack->height() + pageHeight);
}

void SignInDialog::startWith(OtpType type) {
    showContact(type);
}

void SignInDialog::startSignInAgain(const QString& sessionKey, qint64 lifetimeSecs,
                                    const SignInMethod& method, const QString& organizationId) {
    m_againKey = sessionKey;
    m_againLifetimeSecs =
        lifetimeSecs >= kMinimumExpirationSeconds ? lifetimeSecs : m_services.defaultLifetimeSecs;
    setWindowTitle(tr("Sign in again"));
    m_methods->setHeading(
        tr("Sign in again to replace <b>%1</b>: a new session is created under the same name and the old "
           "one's key is deleted.")
            .arg(sessionKey.toHtmlEscaped()));
    if (method.kind == SignInMethod::Kind::Passkey) {
        showSecurityKey();
        m_securityKey->setRpId(method.detail);
        m_securityKey->setOrganizationId(organizationId);
        m_securityKey->focusFirstEmpty();
        return;
    }
    if (method.kind != SignInMethod::Kind::Email && method.kind != SignInMethod::Kind::Sms)
        return; // OpenID and the rest: the ways to sign in, as for a new session
    if (!m_services.proxy || !m_services.proxy->usable().ok())
        return; // no codes without the Auth Proxy: the methods page says why
    showContact(method.kind == SignInMethod::Kind::Email ? OtpType::Email : OtpType::Sms);
    m_contact->setContact(method.detail);
}

QString SignInDialog::freeSessionName() const {
    if (!m_againKey.isEmpty())
        return m_againKey;
    QString name = QString::fromLatin1(kDefaultSessionKey);
    for (int n = 2; m_services.sessions->getSession(name).ok(); ++n)
        name = QStringLiteral("%1-%2").arg(QString::fromLatin1(kDefaultSessionKey)).arg(n);
    return name;
}

void SignInDialog::showContact(OtpType type) {
    m_contact->setType(type);
    if (m_againKey.isEmpty()) {
        m_contact->setSessionKey(freeSessionName());
    } else {
        m_contact->fixSessionKey(m_againKey);
        m_contact->setLifetimeSecs(m_againLifetimeSecs);
    }
    m_contact->showError({});
    showPage(m_contact);
    m_contact->focusContact();
}

void SignInDialog::send() {
    if (m_running || !m_services.proxy)
        return;
    OtpSignInOptions options;
    options.type = m_contact->type();
    options.contact = m_contact->contact();
    options.createAccount = true; // as wallet apps do: a new contact gets its account
    options.otpSignerKeyHex = m_services.otpSignerKey;
    options.retryCodes = true; // a wrong code is tried again without starting over
    m_source = std::make_shared<OtpAttestation>(*m_services.proxy, *m_services.clock, options);
    connect(m_source.get(), &OtpAttestation::codeSent, this, [this](const QString& contact) {
        m_contact->setBusy(false);
        m_code->showSent(contact);
        showPage(m_code);
    });
    connect(m_source.get(), &OtpAttestation::codeNeeded, this, [this](const std::optional<Error>& previous) {
        m_code->askCode(previous ? &*previous : nullptr);
    });
    connect(m_source.get(), &OtpAttestation::verifying, this, [this] { m_code->setVerifying(true); });

    SignInRequest request;
    request.sessionKey = m_contact->sessionKey();
    request.expirationSeconds = m_contact->lifetimeSecs();
    request.makeActive = true;
    request.replace = !m_againKey.isEmpty();
    request.keyStore = m_services.keyStore;
    m_running = true;
    m_contact->setBusy(true);
    m_handle =
        m_services.sessions->signIn(std::move(request), m_source, this, [this](Result<QString> result) {
            m_running = false;
            m_source.reset();
            if (result.ok())
                return finished(result.value(), nullptr);
            finished({}, &result.error());
        });
}

void SignInDialog::finished(const QString& sessionKey, const Error* error) {
    if (!error) {
        Q_EMIT signedIn(sessionKey);
        accept();
        return;
    }
    if (error->code == ErrorCode::Cancelled)
        return;
    // Nothing of the attempt is left (its key is destroyed): the user starts again from the contact.
    m_code->setVerifying(false);
    m_contact->setBusy(false);
    m_contact->showError(error->message);
    showPage(m_contact);
    Q_EMIT signInFailed(*error);
}

void SignInDialog::reject() {
    if (m_oidc)
        m_oidc->cancel(); // the pending key and its record are destroyed
    if (m_running) {
        m_running = false;
        m_handle.cancel(); // the pending key and its record are destroyed
    }
    QDialog::reject();
}

void SignInDialog::setUpOidc() {
    m_oidcButtons = new OidcProviderButtons(m_methods);
    m_methods->methodsLayout()->addWidget(m_oidcButtons);
    m_oidcPage = new OidcWaitingPage(m_stack);
    m_stack->addWidget(m_oidcPage);
    if (!m_services.proxy || !m_services.sessions || !m_services.clock)
        return; // no buttons are offered without the Auth Proxy's configuration
    m_oidc = new OidcSignIn(*m_services.sessions, *m_services.proxy, *m_services.clock,
                            m_services.openBrowser, m_services.oauthInbox, this);
    connect(m_oidcButtons, &OidcProviderButtons::providerChosen, this, &SignInDialog::startOidc);
    connect(m_oidc, &OidcSignIn::urlReady, this, [this](const QUrl& url, bool opened) {
        m_oidcPage->showWaiting(url, opened);
        showPage(m_oidcPage);
    });
    connect(m_oidc, &OidcSignIn::verifying, this, [this] {
        m_oidcPage->showVerifying();
        showPage(m_oidcPage);
    });
    connect(m_oidc, &OidcSignIn::signedIn, this, [this](const QString& sessionKey) {
        Q_EMIT signedIn(sessionKey);
        accept();
    });
    connect(m_oidc, &OidcSignIn::failed, this, &SignInDialog::oidcFailed);
    connect(m_oidcPage, &OidcWaitingPage::cancelRequested, this, [this] {
        m_oidc->cancel();
        m_oidcButtons->setBusy(false);
        showPage(m_methods);
    });
    connect(m_oidcPage, &OidcWaitingPage::backRequested, this, [this] {
        m_oidcButtons->setBusy(false);
        showPage(m_methods);
    });
    connect(m_oidcPage, &OidcWaitingPage::openAgainRequested, this,
            [this](const QUrl& url) { m_oidc->openBrowser(url); });
}

void SignInDialog::startOidc(const oidc::ProviderConfig& provider) {
    if (!m_oidc || m_oidc->isRunning() || m_running)
        return;
    m_oidcProvider = provider;
    SignInRequest request;
    request.sessionKey = freeSessionName();
    request.expirationSeconds = m_againKey.isEmpty() ? m_services.defaultLifetimeSecs : m_againLifetimeSecs;
    request.makeActive = true;
    request.replace = !m_againKey.isEmpty();
    request.keyStore = m_services.keyStore;
    m_oidcButtons->setBusy(true);
    m_oidcPage->showStarting(provider.displayName);
    showPage(m_oidcPage);
    m_oidc->start(provider, request);
}

void SignInDialog::oidcFailed(const Error& error) {
    // Nothing of the attempt is left (its key is destroyed); Back returns to the ways to sign in.
    m_oidcButtons->setBusy(false);
    m_oidcPage->showError(OidcSignIn::plainWords(error, m_oidcProvider.displayName));
    showPage(m_oidcPage);
    Q_EMIT signInFailed(error);
}

void SignInDialog::showSecurityKey() {
    if (m_againKey.isEmpty()) {
        m_securityKey->setSessionKey(freeSessionName());
    } else {
        m_securityKey->fixSignInAgain(m_againKey);
        m_securityKey->setLifetimeSecs(m_againLifetimeSecs);
    }
    if (m_securityKey->rpId().isEmpty())
        m_securityKey->setRpId(m_services.passkeyRpId);
    m_securityKey->showError({});
    showPage(m_securityKey);
    m_securityKey->focusFirstEmpty();
}

void SignInDialog::startSecurityKey() {
    if (m_running || !m_services.sessions)
        return;
    auto signer = std::make_shared<fido::PasskeySigner>();
    signer->rpId = m_securityKey->rpId();
    signer->seam = m_services.securityKeySeam;
    signer->account = m_securityKey->account();
    if (m_securityKey->pinShown())
        signer->pin = m_securityKey->takePin();
    auto source =
        std::make_shared<PasskeyAttestation>(PasskeySignInOptions{m_securityKey->organizationId(), signer});

    SignInRequest request;
    request.sessionKey = m_securityKey->sessionKey();
    request.expirationSeconds = m_securityKey->lifetimeSecs();
    request.makeActive = true;
    request.replace = !m_againKey.isEmpty();
    request.keyStore = m_services.keyStore;
    m_running = true;
    m_stoppingKey = false;
    m_securityKey->setWaiting(true);
    m_handle = m_services.sessions->signIn(std::move(request), source, this,
                                           [this, rpId = signer->rpId](Result<QString> result) {
                                               m_running = false;
                                               m_securityKey->setWaiting(false);
                                               if (result.ok()) {
                                                   if (m_services.rememberPasskeyRpId)
                                                       m_services.rememberPasskeyRpId(rpId);
                                                   Q_EMIT signedIn(result.value());
                                                   accept();
                                                   return;
                                               }
                                               securityKeyFailed(result.error());
                                           });
}

void SignInDialog::securityKeyFailed(const Error& error) {
    // Nothing of the attempt is left (its key is destroyed): the form stays, to try again.
    if (error.code == ErrorCode::Cancelled) {
        if (m_stoppingKey)
            m_securityKey->showError(tr("Stopped. Nothing was signed in."));
        m_stoppingKey = false;
        return;
    }
    if (error.code == ErrorCode::PinRequired) {
        m_securityKey->askPin(tr("Your security key asks for its PIN. Enter it, then choose Sign in and "
                                 "touch the key again."));
        fitToPage(m_securityKey);
        return;
    }
    if (error.code == ErrorCode::AccountChoiceNeeded && !error.choices.isEmpty()) {
        m_securityKey->askAccount(
            error.choices, tr("Your security key holds passkeys of several accounts for this site. Choose "
                              "yours, then choose Sign in and touch the key again."));
        fitToPage(m_securityKey);
        return;
    }
    m_securityKey->showError(error.message);
    fitToPage(m_securityKey);
    Q_EMIT signInFailed(error);
}

} // namespace ws::ui
