#include "OidcWaitingPage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ws::ui {

OidcWaitingPage::OidcWaitingPage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("oidcWaitingPage"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("oidcWaitingTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("oidcWaitingText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);

    auto* addressRow = new QHBoxLayout;
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("oidcAddress"));
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Sign-in page address"));
    m_copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy"), this);
    m_copy->setAccessibleName(tr("Copy the sign-in page address"));
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_copy);
    layout->addLayout(addressRow);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setAccessibleName(tr("Waiting for the browser"));
    layout->addWidget(m_progress);

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("oidcBackButton"));
    m_cancel = new QPushButton(tr("Ca&ncel sign-in"), this);
    m_cancel->setObjectName(QStringLiteral("oidcCancelButton"));
    m_cancel->setAccessibleDescription(tr("Stops this sign-in; nothing is stored"));
    m_openAgain = new QPushButton(tr("&Open the page again"), this);
    m_openAgain->setObjectName(QStringLiteral("oidcOpenAgainButton"));
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_openAgain);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &OidcWaitingPage::cancelRequested);
    connect(m_back, &QPushButton::clicked, this, &OidcWaitingPage::backRequested);
    connect(m_openAgain, &QPushButton::clicked, this, [this] { Q_EMIT openAgainRequested(m_url); });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded)); });
}

void OidcWaitingPage::showStarting(const QString& providerName) {
    m_provider = providerName;
    m_url.clear();
    m_title->setText(tr("Finish signing in in your browser"));
    m_text->setText(tr("Opening %1's sign-in page in your web browser…").arg(m_provider));
    m_address->clear();
    m_address->hide();
    m_copy->hide();
    m_progress->show();
    m_openAgain->hide();
    m_cancel->show();
    m_back->hide();
}

void OidcWaitingPage::showWaiting(const QUrl& url, bool opened) {
    m_url = url;
    m_title->setText(tr("Finish signing in in your browser"));
    m_text->setText(
        opened ? tr("Your browser shows %1's sign-in page. When you have approved there, come back here: the "
                    "new session appears in the list.")
                     .arg(m_provider)
               : tr("Your web browser could not be opened. Open this address in it to sign in with %1:")
                     .arg(m_provider));
    m_address->setText(url.toString(QUrl::FullyEncoded));
    m_address->setCursorPosition(0);
    m_address->setVisible(!opened);
    m_copy->setVisible(!opened);
    m_openAgain->setVisible(opened);
    m_progress->show();
    m_cancel->show();
    m_back->hide();
}

void OidcWaitingPage::showVerifying() {
    m_title->setText(tr("Checking the answer from %1…").arg(m_provider));
    m_text->setText(tr("Your browser can be closed. Wallet Sessions checks the answer and registers the new "
                       "session with Turnkey."));
    m_address->hide();
    m_copy->hide();
    m_openAgain->hide();
    m_progress->show();
    m_cancel->show();
    m_back->hide();
}

void OidcWaitingPage::showError(const QString& message) {
    m_title->setText(tr("Signing in with %1 did not work").arg(m_provider));
    m_text->setText(message);
    m_address->hide();
    m_copy->hide();
    m_openAgain->hide();
    m_progress->hide();
    m_cancel->hide();
    m_back->show();
}

QPushButton* OidcWaitingPage::defaultButton() const {
    return !m_back->isHidden() ? m_back : (!m_openAgain->isHidden() ? m_openAgain : m_cancel);
}

} // namespace ws::ui
