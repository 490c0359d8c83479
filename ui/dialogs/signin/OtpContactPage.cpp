#include "OtpContactPage.h"

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
#include <QSpinBox>
#include <QVBoxLayout>

namespace ws::ui {

OtpContactPage::OtpContactPage(qint64 defaultLifetimeSecs, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("otpContactPage"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto* form = new QFormLayout;
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("otpContactEdit"));
    m_contactLabel = new QLabel(this);
    m_contactLabel->setBuddy(m_contact);
    form->addRow(m_contactLabel, m_contact);

    m_sessionKey = new QLineEdit(QString::fromLatin1(kDefaultSessionKey), this);
    m_sessionKey->setObjectName(QStringLiteral("otpSessionKeyEdit"));
    m_sessionKey->setAccessibleName(tr("Session name"));
    m_sessionKey->setToolTip(tr("The label this session is stored under"));
    form->addRow(tr("&Session name:"), m_sessionKey);

    m_lifetime = DurationEdit::create(this, kMinimumExpirationSeconds, 7 * 24 * 3600, defaultLifetimeSecs,
                                      tr("Session lifetime"), QStringLiteral("otpLifetimeEdit"));
    form->addRow(tr("&Lifetime:"), m_lifetime);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("otpContactError"));
    useErrorTextColor(m_error);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("otpSendProgress"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Sending the code"));
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("otpBackButton"));
    m_back->setAccessibleName(tr("Back to the ways to sign in"));
    m_send = new QPushButton(tr("Send &code"), this);
    m_send->setObjectName(QStringLiteral("otpSendButton"));
    m_send->setAccessibleName(tr("Send the one-time code"));
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    layout->addLayout(buttons);

    connect(m_contact, &QLineEdit::textChanged, this, &OtpContactPage::validate);
    connect(m_sessionKey, &QLineEdit::textChanged, this, &OtpContactPage::validate);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (validationError().isEmpty())
            Q_EMIT sendRequested();
    });
    connect(m_back, &QPushButton::clicked, this, &OtpContactPage::backRequested);
    setTabOrder(m_contact, m_sessionKey);
    setTabOrder(m_sessionKey, m_lifetime->amountBox());
    setTabOrder(m_lifetime->amountBox(), m_lifetime->unitBox());
    setTabOrder(m_lifetime->unitBox(), m_send);
    setTabOrder(m_send, m_back);
    setType(OtpType::Email);
}

void OtpContactPage::setType(OtpType type) {
    m_type = type;
    const bool email = type == OtpType::Email;
    m_contactLabel->setText(email ? tr("&Email address:") : tr("&Phone number:"));
    m_contact->setAccessibleName(email ? tr("Email address") : tr("Phone number"));
    m_contact->setPlaceholderText(email ? tr("you@example.com") : tr("+15555550100"));
    m_contact->setInputMethodHints(email ? Qt::ImhEmailCharactersOnly : Qt::ImhDialableCharactersOnly);
    m_contact->clear();
    updateTitle();
    validate();
}

void OtpContactPage::updateTitle() {
    const bool email = m_type == OtpType::Email;
    if (m_fixedName) {
        m_title->setText(
            email ? tr("Sign in again to replace <b>%1</b>: we will email you a one-time code, and the "
                       "new session takes its place under the same name.")
                        .arg(m_sessionKey->text().toHtmlEscaped())
                  : tr("Sign in again to replace <b>%1</b>: we will text you a one-time code, and the "
                       "new session takes its place under the same name.")
                        .arg(m_sessionKey->text().toHtmlEscaped()));
        return;
    }
    m_title->setText(email
                         ? tr("We will email you a one-time code. If no account uses this address yet, one "
                              "is created for you.")
                         : tr("We will text you a one-time code. If no account uses this number yet, one is "
                              "created for you."));
}

QString OtpContactPage::contact() const {
    QString text = m_contact->text().trimmed();
    if (m_type == OtpType::Sms)
        text.remove(QRegularExpression(QStringLiteral("[\\s().-]")));
    return text;
}

QString OtpContactPage::sessionKey() const {
    return m_sessionKey->text();
}

void OtpContactPage::setSessionKey(const QString& label) {
    m_sessionKey->setText(label);
}

void OtpContactPage::setContact(const QString& contact) {
    m_contact->setText(contact);
}

qint64 OtpContactPage::lifetimeSecs() const {
    return m_lifetime->seconds();
}

void OtpContactPage::setLifetimeSecs(qint64 seconds) {
    m_lifetime->setSeconds(seconds);
}

void OtpContactPage::fixSessionKey(const QString& label) {
    m_fixedName = true;
    m_sessionKey->setText(label);
    m_sessionKey->setReadOnly(true);
    m_sessionKey->setToolTip(tr("The session being replaced"));
    updateTitle();
}

QString OtpContactPage::validationError() const {
    const QString c = contact();
    if (m_type == OtpType::Email) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (c.isEmpty())
            return tr("Enter your email address.");
        if (!email.match(c).hasMatch())
            return tr("This does not look like an email address.");
    } else {
        static const QRegularExpression phone(QStringLiteral("^\\+[0-9]{6,15}$"));
        if (c.isEmpty())
            return tr("Enter your phone number.");
        if (!phone.match(c).hasMatch())
            return tr("Enter the phone number with its country code, as +15555550100.");
    }
    if (const Result<void> label = validateSessionKeyLabel(m_sessionKey->text()); !label.ok())
        return label.error().message;
    if (!m_fixedName && m_taken && m_taken(m_sessionKey->text()))
        return tr("A session named '%1' exists already; choose another name.").arg(m_sessionKey->text());
    return {};
}

void OtpContactPage::validate() {
    const QString error = validationError();
    // The first problem is named only once the user typed something: an empty form is not an error.
    const bool show = !m_contact->text().isEmpty() && !error.isEmpty();
    m_error->setText(show ? error : QString());
    m_error->setVisible(show);
    m_send->setEnabled(error.isEmpty() && !m_progress->isVisible());
}

void OtpContactPage::setBusy(bool busy) {
    m_progress->setVisible(busy);
    m_contact->setEnabled(!busy);
    m_sessionKey->setEnabled(!busy);
    m_lifetime->setEnabled(!busy);
    m_back->setEnabled(!busy);
    if (busy)
        m_error->hide();
    validate();
}

void OtpContactPage::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void OtpContactPage::focusContact() {
    m_contact->setFocus();
}

} // namespace ws::ui
