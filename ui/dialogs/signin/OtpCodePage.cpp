#include "OtpCodePage.h"

#include "Error.h"
#include "api/AuthProxyClient.h"
#include "session/OtpCode.h"
#include "widgets/ThemeColors.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ws::ui {

OtpCodePage::OtpCodePage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("otpCodePage"));
    auto* layout = new QVBoxLayout(this);
    m_sentTo = new QLabel(this);
    m_sentTo->setObjectName(QStringLiteral("otpSentToLabel"));
    m_sentTo->setWordWrap(true);
    layout->addWidget(m_sentTo);

    auto* codeLabel = new QLabel(tr("&Code:"), this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("otpCodeEdit"));
    m_code->setAccessibleName(tr("One-time code"));
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    big.setStyleHint(QFont::Monospace);
    m_code->setFont(big);
    m_code->setAlignment(Qt::AlignCenter);
    codeLabel->setBuddy(m_code);
    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(codeLabel);
    codeRow->addWidget(m_code, 1);
    layout->addLayout(codeRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("otpCodeMessage"));
    m_message->setWordWrap(true);
    useErrorTextColor(m_message);
    m_message->hide();
    layout->addWidget(m_message);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("otpVerifyProgress"));
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Verifying the code"));
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    m_resend = new QPushButton(this);
    m_resend->setObjectName(QStringLiteral("otpResendButton"));
    m_resend->setAccessibleName(tr("Send a new code"));
    m_verify = new QPushButton(tr("&Verify"), this);
    m_verify->setObjectName(QStringLiteral("otpVerifyButton"));
    m_verify->setAccessibleName(tr("Verify the code"));
    buttons->addWidget(m_resend);
    buttons->addStretch(1);
    buttons->addWidget(m_verify);
    layout->addLayout(buttons);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &OtpCodePage::tick);
    connect(m_code, &QLineEdit::textChanged, this, &OtpCodePage::onTextEdited);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        if (code().size() == m_length && !m_expired && !m_progress->isVisible())
            Q_EMIT codeEntered(code());
    });
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (m_resendIn <= 0)
            Q_EMIT resendRequested();
    });
    setTabOrder(m_code, m_verify);
    setTabOrder(m_verify, m_resend);
    setFormat(6, false);
}

void OtpCodePage::setFormat(int length, bool alphanumeric) {
    m_length = length > 0 ? length : 6;
    m_alphanumeric = alphanumeric;
    m_code->setMaxLength(64); // a paste may bring separators; normalized() cuts it to m_length
    m_code->setPlaceholderText(QString(m_length, alphanumeric ? QLatin1Char('X') : QLatin1Char('0')));
    m_code->setInputMethodHints(alphanumeric ? Qt::ImhPreferUppercase : Qt::ImhDigitsOnly);
    m_code->setAccessibleDescription(alphanumeric ? tr("%n letters or digits", nullptr, m_length)
                                                  : tr("%n digits", nullptr, m_length));
}

QString OtpCodePage::normalized(const QString& text) const {
    return otp::normalizeCode(text, m_length, m_alphanumeric);
}

void OtpCodePage::onTextEdited() {
    const QString clean = normalized(m_code->text());
    if (clean != m_code->text()) {
        m_code->setText(clean); // re-enters once with the clean text
        return;
    }
    if (!m_expired)
        m_message->hide();
    updateVerifyButton();
    if (clean.size() == m_length && !m_expired && !m_progress->isVisible())
        Q_EMIT codeEntered(clean); // the whole code typed or pasted: no extra key press needed
}

QString OtpCodePage::code() const {
    return m_code->text();
}

void OtpCodePage::showSent(const QString& contact) {
    m_sentTo->setText(tr("We sent a code to <b>%1</b>. Enter it below; it works for a few minutes.")
                          .arg(contact.toHtmlEscaped()));
    m_expired = false;
    m_message->hide();
    m_code->clear();
    m_code->setEnabled(true);
    m_resendIn = kResendAfterSecs;
    m_resend->setText(tr("&Resend code (%1 s)").arg(m_resendIn));
    m_resend->setEnabled(false);
    m_countdown->start();
}

// Worded here, not by core, so that the attempts left get this language's plural forms.
QString OtpCodePage::wrongCodeText(const Error& error) {
    if (error.code != ErrorCode::InvalidOtpCode)
        return error.message + QLatin1Char('.');
    if (const std::optional<int> left = otpAttemptsLeft(error))
        return tr("That code is not right. You can try %n more time(s).", nullptr, *left);
    return tr("That code is not right. Check it and try again.");
}

void OtpCodePage::askCode(const Error* previous) {
    setVerifying(false);
    if (!previous) {
        m_code->setFocus();
        return;
    }
    m_expired = previous->code == ErrorCode::OtpExpired;
    m_message->setText(m_expired ? tr("This code has expired or was used up. Send a new code to continue.")
                                 : wrongCodeText(*previous));
    m_message->show();
    m_code->selectAll();
    m_code->setEnabled(!m_expired);
    if (m_expired)
        m_resend->setFocus();
    else
        m_code->setFocus();
    updateVerifyButton();
}

void OtpCodePage::setVerifying(bool verifying) {
    m_progress->setVisible(verifying);
    m_code->setEnabled(!verifying && !m_expired);
    m_resend->setEnabled(!verifying && m_resendIn <= 0);
    updateVerifyButton();
}

void OtpCodePage::tick() {
    if (m_resendIn > 0)
        --m_resendIn;
    if (m_resendIn <= 0) {
        m_countdown->stop();
        m_resend->setText(tr("&Resend code"));
        m_resend->setEnabled(!m_progress->isVisible());
    } else {
        m_resend->setText(tr("&Resend code (%1 s)").arg(m_resendIn));
        m_resend->setEnabled(false);
    }
}

void OtpCodePage::updateVerifyButton() {
    m_verify->setEnabled(code().size() == m_length && !m_expired && !m_progress->isVisible());
}

} // namespace ws::ui
