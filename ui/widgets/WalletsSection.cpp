#include "WalletsSection.h"

#include "session/SessionManager.h"
#include "session/SessionTypes.h"
#include "widgets/ElidedLabel.h"
#include "widgets/ThemeColors.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace ws::ui {

namespace {
// "CURVE_SECP256K1" -> "secp256k1", "ADDRESS_FORMAT_ETHEREUM" -> "Ethereum": what a person reads.
QString curveText(const QString& curve) {
    return curve.startsWith(QLatin1String("CURVE_")) ? curve.mid(6).toLower() : curve;
}

QString formatText(const QString& format) {
    if (!format.startsWith(QLatin1String("ADDRESS_FORMAT_")))
        return format;
    QString word = format.mid(15).toLower();
    word.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}
} // namespace

WalletsSection::WalletsSection(SessionManager& sessions, QWidget* parent)
    : QWidget(parent)
    , m_sessions(sessions) {
    setObjectName(QStringLiteral("walletsSection"));
    setAccessibleName(tr("Wallets"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("<b>Wallets</b>"), this);
    header->addWidget(title);
    header->addStretch(1);
    m_reload = new QToolButton(this);
    m_reload->setObjectName(QStringLiteral("walletsReloadButton"));
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Ask the server again for this session's wallets"));
    m_reload->setAccessibleName(tr("Reload wallets"));
    m_reload->setAutoRaise(true);
    header->addWidget(m_reload);
    layout->addLayout(header);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("walletsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(2);
    layout->addLayout(m_rows);
    connect(m_reload, &QToolButton::clicked, this, [this] { load(true); });
    clear();
}

void WalletsSection::showFor(const SessionInfo& session) {
    const QString publicKey = session.token.claims.publicKey;
    if (session.sessionKey == m_sessionKey && publicKey == m_publicKey)
        return; // shown or loading already; a refresh gives a new key and loads again
    m_sessionKey = session.sessionKey;
    m_publicKey = publicKey;
    load(false);
}

void WalletsSection::clear() {
    ++m_request;
    m_sessionKey.clear();
    m_publicKey.clear();
    clearRows();
    showStatus(QString(), false);
    m_reload->setEnabled(false);
}

QString WalletsSection::statusText() const {
    return m_status->isVisible() ? m_status->text() : QString();
}

QStringList WalletsSection::addresses() const {
    return m_addresses;
}

void WalletsSection::load(bool reload) {
    if (m_sessionKey.isEmpty())
        return;
    const quint64 request = ++m_request;
    clearRows();
    showStatus(tr("Loading wallets…"), false);
    m_reload->setEnabled(false);
    m_sessions.getWallets(m_sessionKey, reload, this, [this, request](Result<QList<WalletInfo>> wallets) {
        if (request != m_request)
            return; // another session was selected meanwhile
        m_reload->setEnabled(true);
        if (!wallets.ok()) {
            showStatus(tr("Could not load the wallets: %1").arg(wallets.error().message), true);
            return;
        }
        showWallets(wallets.value());
    });
}

void WalletsSection::showWallets(const QList<WalletInfo>& wallets) {
    clearRows();
    if (wallets.isEmpty()) {
        showStatus(tr("This user has no wallets yet."), false);
        return;
    }
    showStatus(QString(), false);
    for (const WalletInfo& wallet : wallets) {
        auto* name = new QLabel(this);
        name->setTextFormat(Qt::PlainText);
        name->setText(wallet.walletName.isEmpty() ? wallet.walletId : wallet.walletName);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        name->setToolTip(tr("Wallet ID %1").arg(wallet.walletId));
        name->setAccessibleName(tr("Wallet %1").arg(name->text()));
        m_rows->addWidget(name);
        m_rowWidgets.append(name);
        if (wallet.accounts.isEmpty()) {
            auto* none = new QLabel(tr("No accounts"), this);
            none->setEnabled(false);
            m_rows->addWidget(none);
            m_rowWidgets.append(none);
        }
        for (const WalletAccountInfo& account : wallet.accounts) {
            QWidget* row = accountRow(account);
            m_rows->addWidget(row);
            m_rowWidgets.append(row);
            m_addresses.append(account.address);
        }
    }
}

QWidget* WalletsSection::accountRow(const WalletAccountInfo& account) {
    auto* row = new QWidget(this);
    auto* line = new QHBoxLayout(row);
    line->setContentsMargins(12, 0, 0, 0);
    // One line each, elided in the middle when the pane is narrow (both ends identify an address; the
    // whole of it is in the tooltip and on the copy button): wrapped labels nested this deep are laid
    // out with stale heights inside the pane's scroll area.
    auto* texts = new QVBoxLayout;
    texts->setSpacing(0);
    auto* address = new ElidedLabel(row);
    address->setObjectName(QStringLiteral("walletAddress"));
    address->setElideMode(Qt::ElideMiddle);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    address->setFullText(account.address);
    const QString detail =
        QStringList{formatText(account.addressFormat), curveText(account.curve), account.path}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(" · "));
    auto* about = new ElidedLabel(row);
    about->setFullText(detail);
    about->setForegroundRole(QPalette::PlaceholderText);
    address->setAccessibleName(tr("Address %1 (%2)").arg(account.address, detail));
    texts->addWidget(address);
    texts->addWidget(about);
    line->addLayout(texts, 1);
    auto* copy = new QToolButton(row);
    copy->setObjectName(QStringLiteral("walletAddressCopy"));
    copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    copy->setAutoRaise(true);
    copy->setToolTip(tr("Copy address %1").arg(account.address));
    copy->setAccessibleName(tr("Copy address %1").arg(account.address));
    line->addWidget(copy, 0, Qt::AlignVCenter);
    connect(copy, &QToolButton::clicked, this, [this, address = account.address] {
        QGuiApplication::clipboard()->setText(address);
        Q_EMIT copied(tr("Address"));
    });
    return row;
}

void WalletsSection::showStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, errorTextColor(palette()));
    m_status->setPalette(p);
}

void WalletsSection::clearRows() {
    for (QWidget* w : std::as_const(m_rowWidgets))
        delete w;
    m_rowWidgets.clear();
    m_addresses.clear();
}

} // namespace ws::ui
