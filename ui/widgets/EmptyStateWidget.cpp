#include "EmptyStateWidget.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ws::ui {

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("emptyState"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/wallet-sessions.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    auto* title = new QLabel(tr("<h2>No sessions yet</h2>"), this);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    m_hintText = tr("A session is a short-lived key that lets you act on your Turnkey organization "
                    "without using your long-lived API key each time.<br>"
                    "<b>Sign in with email</b> to create one (a one-time code is sent to you), log in "
                    "with an API key if you are a developer, or <b>try the demo</b> to see how "
                    "sessions, countdowns and refreshes work against a local test server.");
    m_hint = new QLabel(m_hintText, this);
    m_hint->setObjectName(QStringLiteral("emptyHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setMinimumWidth(460);
    m_hint->setMaximumWidth(560);
    auto* hintRow = new QHBoxLayout;
    hintRow->addStretch(1);
    hintRow->addWidget(m_hint);
    hintRow->addStretch(1);
    layout->addLayout(hintRow);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_email = new QPushButton(tr("Sign in with &email…"), this);
    m_email->setObjectName(QStringLiteral("emptySignInEmailButton"));
    m_email->setDefault(true);
    m_email->setAccessibleDescription(tr("Sends a one-time code to your email address"));
    m_login =
        new QPushButton(QIcon(QStringLiteral(":/icons/login.svg")), tr("&Log in with an API key…"), this);
    m_login->setObjectName(QStringLiteral("emptyLoginButton"));
    m_login->setAccessibleDescription(tr("Opens the log-in dialog"));
    m_demo = new QPushButton(QIcon(QStringLiteral(":/icons/demo.svg")), tr("&Try the demo"), this);
    m_demo->setObjectName(QStringLiteral("emptyDemoButton"));
    m_demo->setAccessibleDescription(
        tr("Starts a separate demo window with a local test server and three short sessions"));
    buttons->addWidget(m_email);
    buttons->addWidget(m_login);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_email, &QPushButton::clicked, this, &EmptyStateWidget::signInWithEmailRequested);
    connect(m_login, &QPushButton::clicked, this, &EmptyStateWidget::loginRequested);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        if (m_inDemo)
            Q_EMIT restoreDemoRequested();
        else
            Q_EMIT demoRequested();
    });
}

void EmptyStateWidget::setInDemo(bool inDemo) {
    m_inDemo = inDemo;
    if (!inDemo)
        return;
    m_demo->setText(tr("&Restore demo sessions"));
    m_demo->setAccessibleDescription(tr("Logs in the demo's three short sessions again"));
    m_hintText = tr("A session is a short-lived key that lets you act on your Turnkey organization "
                    "without using your long-lived API key each time.<br>"
                    "This is the demo, against a local test server: <b>restore the demo sessions</b>, "
                    "sign in with email (the code arrives in the demo inbox), or log in with the demo's "
                    "API key, which is filled in for you.");
    updateHint();
}

void EmptyStateWidget::setLoginEnabled(bool enabled, const QString& whyNot) {
    m_loginEnabled = enabled;
    // The demo, here or in a window of its own, needs the keychain like any session: not offered without.
    for (QPushButton* button : {m_login, m_email, m_demo}) {
        button->setEnabled(enabled);
        button->setToolTip(enabled ? QString() : whyNot);
    }
    updateHint();
}

void EmptyStateWidget::updateHint() {
    m_hint->setText(m_loginEnabled
                        ? m_hintText
                        : tr("A session is a short-lived key that lets you act on your Turnkey organization "
                             "without using your long-lived API key each time.<br>"
                             "Sessions keep their keys in the system keychain, which is not available: "
                             "the message above says what to do."));
}

} // namespace ws::ui
