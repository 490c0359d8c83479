#include "SecurityKeyPage.h"

#include "crypto/SecureBytes.h"
#include "session/SessionTypes.h"
#include "widgets/DurationEdit.h"
#include "widgets/ThemeColors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ws::ui {

SecurityKeyPage::SecurityKeyPage(qint64 defaultLifetimeSecs, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("securityKeyPage"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("Sign in with a passkey you registered on a security key (a FIDO2 key such as a "
                            "YubiKey). Plug the key in; you will be asked to touch it."),
                         this);
    m_title->setObjectName(QStringLiteral("securityKeyTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto* form = new QFormLayout;
    m_rpId = new QLineEdit(this);
    m_rpId->setObjectName(QStringLiteral("securityKeyRpIdEdit"));
    m_rpId->setAccessibleName(tr("Site"));
    m_rpId->setPlaceholderText(tr("app.example.com"));
    m_rpId->setToolTip(tr("The web app's domain you registered the passkey in (its relying party id)"));
    form->addRow(tr("S&ite:"), m_rpId);
    m_organizationId = new QLineEdit(this);
    m_organizationId->setObjectName(QStringLiteral("securityKeyOrganizationEdit"));
    m_organizationId->setAccessibleName(tr("Organization ID"));
    m_organizationId->setToolTip(tr("The Turnkey organization (or sub-organization) of the passkey's user"));
    form->addRow(tr("&Organization ID:"), m_organizationId);
    m_sessionKey = new QLineEdit(QString::fromLatin1(kDefaultSessionKey), this);
    m_sessionKey->setObjectName(QStringLiteral("securityKeySessionKeyEdit"));
    m_sessionKey->setAccessibleName(tr("Session name"));
    m_sessionKey->setToolTip(tr("The label this session is stored under"));
    form->addRow(tr("&Session name:"), m_sessionKey);
    m_lifetime = DurationEdit::create(this, kMinimumExpirationSeconds, 7 * 24 * 3600, defaultLifetimeSecs,
                                      tr("Session lifetime"), QStringLiteral("securityKeyLifetimeEdit"));
    form->addRow(tr("&Lifetime:"), m_lifetime);
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("securityKeyAccountCombo"));
    m_account->setAccessibleName(tr("Account"));
    m_account->setToolTip(tr("Your security key holds passkeys of several accounts for this site"));
    m_accountLabel = new QLabel(tr("&Account:"), this);
    m_accountLabel->setBuddy(m_account);
    form->addRow(m_accountLabel, m_account);
    m_accountLabel->hide();
    m_account->hide();
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("securityKeyPinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(tr("Security key PIN"));
    m_pin->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_pinLabel = new QLabel(tr("&PIN:"), this);
    m_pinLabel->setBuddy(m_pin);
    form->addRow(m_pinLabel, m_pin);
    m_pinLabel->hide();
    m_pin->hide();
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("securityKeyError"));
    useErrorTextColor(m_error);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_touch = new QLabel(tr("<b>Touch your security key.</b> It blinks while it waits; this stops after a "
                            "minute."),
                         this);
    m_touch->setObjectName(QStringLiteral("securityKeyTouchPrompt"));
    m_touch->setWordWrap(true);
    m_touch->hide();
    layout->addWidget(m_touch);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("securityKeyProgress"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Waiting for the security key"));
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("securityKeyBackButton"));
    m_back->setAccessibleName(tr("Back to the ways to sign in"));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("securityKeyStopButton"));
    m_stop->setAccessibleName(tr("Stop waiting for the security key"));
    m_stop->hide();
    m_signIn = new QPushButton(tr("Sign &in"), this);
    m_signIn->setObjectName(QStringLiteral("securityKeySignInButton"));
    m_signIn->setAccessibleName(tr("Sign in with the security key"));
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_signIn);
    layout->addLayout(buttons);

    for (QLineEdit* edit : {m_rpId, m_organizationId, m_sessionKey})
        connect(edit, &QLineEdit::textChanged, this, &SecurityKeyPage::validate);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (validationError().isEmpty())
            Q_EMIT signInRequested();
    });
    connect(m_stop, &QPushButton::clicked, this, &SecurityKeyPage::stopRequested);
    connect(m_back, &QPushButton::clicked, this, &SecurityKeyPage::backRequested);
    setTabOrder(m_rpId, m_organizationId);
    setTabOrder(m_organizationId, m_sessionKey);
    setTabOrder(m_sessionKey, m_lifetime->amountBox());
    setTabOrder(m_lifetime->amountBox(), m_lifetime->unitBox());
    setTabOrder(m_lifetime->unitBox(), m_account);
    setTabOrder(m_account, m_pin);
    setTabOrder(m_pin, m_signIn);
    setTabOrder(m_signIn, m_back);
    validate();
}

QString SecurityKeyPage::rpId() const {
    return m_rpId->text().trimmed().toLower();
}

QString SecurityKeyPage::organizationId() const {
    return m_organizationId->text().trimmed();
}

QString SecurityKeyPage::sessionKey() const {
    return m_sessionKey->text();
}

qint64 SecurityKeyPage::lifetimeSecs() const {
    return m_lifetime->seconds();
}

void SecurityKeyPage::setRpId(const QString& rpId) {
    m_rpId->setText(rpId);
}

void SecurityKeyPage::setOrganizationId(const QString& organizationId) {
    m_organizationId->setText(organizationId);
}

void SecurityKeyPage::setSessionKey(const QString& label) {
    m_sessionKey->setText(label);
}

void SecurityKeyPage::setLifetimeSecs(qint64 seconds) {
    m_lifetime->setSeconds(seconds);
}

void SecurityKeyPage::fixSignInAgain(const QString& label) {
    m_fixedName = true;
    m_sessionKey->setText(label);
    m_sessionKey->setReadOnly(true);
    m_sessionKey->setToolTip(tr("The session being replaced"));
    m_title->setText(tr("Sign in again to replace <b>%1</b> with your security key: the new session takes "
                        "its place under the same name.")
                         .arg(label.toHtmlEscaped()));
}

void SecurityKeyPage::askPin(const QString& message) {
    m_pinLabel->show();
    m_pin->show();
    m_pin->clear();
    showError(message);
    m_pin->setFocus();
}

void SecurityKeyPage::askAccount(const QStringList& accounts, const QString& message) {
    m_account->clear();
    m_account->addItems(accounts);
    m_accountLabel->show();
    m_account->show();
    showError(message);
    m_account->setFocus();
}

QString SecurityKeyPage::account() const {
    return m_account->isHidden() ? QString() : m_account->currentText();
}

bool SecurityKeyPage::pinShown() const {
    return !m_pin->isHidden();
}

SecureBytes SecurityKeyPage::takePin() {
    QByteArray typed = m_pin->text().toUtf8();
    m_pin->clear();
    return SecureBytes::takeAndWipe(typed);
}

QString SecurityKeyPage::validationError() const {
    static const QRegularExpression domain(
        QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$"));
    if (rpId().isEmpty())
        return tr("Enter the site you registered the passkey in, as app.example.com.");
    if (!domain.match(rpId()).hasMatch())
        return tr("Enter the site as a domain name only, as app.example.com (no https://, no path).");
    if (organizationId().isEmpty())
        return tr("Enter the organization ID of the passkey's user.");
    if (const Result<void> label = validateSessionKeyLabel(m_sessionKey->text()); !label.ok())
        return label.error().message;
    if (!m_fixedName && m_taken && m_taken(m_sessionKey->text()))
        return tr("A session named '%1' exists already; choose another name.").arg(m_sessionKey->text());
    return {};
}

void SecurityKeyPage::validate() {
    const QString error = validationError();
    // Named once the user typed a site: an empty form is not an error.
    const bool show = !m_rpId->text().isEmpty() && !error.isEmpty();
    if (show) {
        showError(error);
        m_validationShown = true;
    } else if (m_validationShown) {
        showError({}); // a message from the key or the server stays until the next attempt
    }
    m_signIn->setEnabled(error.isEmpty() && !m_waiting);
}

void SecurityKeyPage::setWaiting(bool waiting) {
    m_waiting = waiting;
    m_touch->setVisible(waiting);
    m_progress->setVisible(waiting);
    m_stop->setVisible(waiting);
    m_stop->setEnabled(waiting);
    for (QWidget* w : std::initializer_list<QWidget*>{m_rpId, m_organizationId, m_sessionKey, m_lifetime,
                                                      m_account, m_pin, m_back})
        w->setEnabled(!waiting);
    if (waiting) {
        m_error->hide();
        m_stop->setFocus();
    }
    validate();
}

void SecurityKeyPage::showError(const QString& message) {
    m_validationShown = false;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SecurityKeyPage::focusFirstEmpty() {
    for (QLineEdit* edit : {m_rpId, m_organizationId}) {
        if (edit->text().trimmed().isEmpty())
            return edit->setFocus();
    }
    m_signIn->setFocus();
}

} // namespace ws::ui
