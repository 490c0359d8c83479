#include "RefreshOptionsDialog.h"

#include "FitTitle.h"
#include "model/SessionStatus.h"
#include "widgets/DurationEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace ws::ui {

namespace {
// Roles of the signer choice's items: which stamper, and which remembered key.
constexpr int kStamperRole = Qt::UserRole;
constexpr int kKeyRole = Qt::UserRole + 1;

QString shortKey(const QString& publicKey) {
    return publicKey.left(10) + QChar(0x2026) + publicKey.right(6);
}

QString madeText(const KeyPairInfo& key) {
    const QString when = key.createdAt.isValid()
                             ? key.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : RefreshOptionsDialog::tr("unknown time");
    return key.store == KeyStoreKind::Tpm ? RefreshOptionsDialog::tr("made %1, in the TPM").arg(when)
                                          : RefreshOptionsDialog::tr("made %1").arg(when);
}

void disableItem(QComboBox* combo, int index, const QString& why) {
    if (auto* model = qobject_cast<QStandardItemModel*>(combo->model())) {
        model->item(index)->setEnabled(false);
        model->item(index)->setToolTip(why);
    }
}
} // namespace

RefreshOptionsDialog::RefreshOptionsDialog(const QString& sessionKey, const Choices& choices, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("refreshOptionsDialog"));
    setWindowTitle(choices.expired ? tr("Renew session") : tr("Refresh with options"));
    fitTitle(this);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        choices.expired
            ? tr("<b>%1</b> has expired. Your remembered API key can sign its renewal: a new session key "
                 "replaces the old one, with no new log-in.")
                  .arg(sessionKey.toHtmlEscaped())
            : tr("Refresh <b>%1</b>: a new session key replaces the current one.")
                  .arg(sessionKey.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_expiration = new DurationEdit(this);
    m_expiration->setObjectName(QStringLiteral("expirationEdit"));
    m_expiration->setRange(kMinimumExpirationSeconds, 7 * 24 * 3600);
    m_expiration->setSeconds(choices.lifetimeSecs > 0 ? choices.lifetimeSecs : kDefaultExpirationSeconds);
    m_expiration->setAccessibleName(tr("Expiration"));
    // Labels made here, not by addRow(QString, …): a mnemonic needs a buddy widget.
    auto* expirationLabel = new QLabel(tr("&Expiration:"), this);
    expirationLabel->setBuddy(m_expiration);
    form->addRow(expirationLabel, m_expiration);

    buildKeyChoice(choices.heldKeys);
    auto* keyLabel = new QLabel(tr("New &key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, m_key);

    buildSignerChoice(choices.apiKeys, choices.expired, choices.passkeyRpId);
    auto* signerLabel = new QLabel(tr("&Signed by:"), this);
    signerLabel->setBuddy(m_signer);
    form->addRow(signerLabel, m_signer);

    m_invalidate = new QCheckBox(tr("&Invalidate the user's other sessions"), this);
    m_invalidate->setObjectName(QStringLiteral("invalidateCheck"));
    m_invalidate->setToolTip(tr("Asks Turnkey to delete every other session key of this user "
                                "(invalidateExisting). Sessions on other devices stop working."));
    form->addRow(QString(), m_invalidate);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(choices.expired ? tr("&Renew") : tr("&Refresh"));
    m_ok->setObjectName(QStringLiteral("refreshOkButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signer, &QComboBox::currentIndexChanged, this, &RefreshOptionsDialog::updateOk);
    updateOk();
}

void RefreshOptionsDialog::buildKeyChoice(const QList<KeyPairInfo>& heldKeys) {
    m_key = new QComboBox(this);
    m_key->setObjectName(QStringLiteral("newKeyCombo"));
    m_key->setAccessibleName(tr("New key"));
    m_key->addItem(tr("Make a new key pair (recommended)"), QString());
    for (const KeyPairInfo& key : heldKeys)
        m_key->addItem(tr("Held key %1 (%2)").arg(shortKey(key.publicKey), madeText(key)), key.publicKey);
    m_key->setToolTip(heldKeys.isEmpty()
                          ? tr("No held keys. Make one ahead with 'wallet-sessions-cli keys generate' to "
                               "refresh onto a key you registered or noted beforehand.")
                          : tr("A held key made beforehand ('keys generate') becomes the session's key; it "
                               "is then no longer held."));
    m_key->setEnabled(!heldKeys.isEmpty());
}

void RefreshOptionsDialog::buildSignerChoice(const QList<KeyPairInfo>& apiKeys, bool expired,
                                             const QString& passkeyRpId) {
    m_signer = new QComboBox(this);
    m_signer->setObjectName(QStringLiteral("signerCombo"));
    m_signer->setAccessibleName(tr("Signed by"));
    m_signer->setToolTip(tr("Who signs the refresh request (stampWith). An API key remembered at log-in, "
                            "or your security key, keeps working after the session expires."));
    m_signer->addItem(tr("This session's key"));
    m_signer->setItemData(0, int(StampWith::ApiKey), kStamperRole);
    if (expired)
        disableItem(m_signer, 0, tr("The session has expired: its key can no longer sign."));
    for (const KeyPairInfo& key : apiKeys) {
        m_signer->addItem(tr("Remembered API key %1").arg(shortKey(key.publicKey)));
        const int index = m_signer->count() - 1;
        m_signer->setItemData(index, int(StampWith::RememberedApiKey), kStamperRole);
        m_signer->setItemData(index, key.publicKey, kKeyRole);
    }
    const int passkey = m_signer->count();
    if (passkeyRpId.isEmpty()) {
        m_signer->addItem(tr("Security key"));
        disableItem(m_signer, passkey,
                    tr("Sign in with your security key once, so the app knows the site its passkey is for."));
    } else {
        m_signer->addItem(tr("Security key for %1").arg(passkeyRpId));
        m_signer->setItemData(passkey, passkeyRpId, kKeyRole);
    }
    m_signer->setItemData(passkey, int(StampWith::Passkey), kStamperRole);
    // An expired session cannot sign for itself: a remembered key, else the security key, is chosen.
    const int usable = !apiKeys.isEmpty() ? 1 : passkeyRpId.isEmpty() ? 0 : passkey;
    m_signer->setCurrentIndex(expired ? usable : 0);
}

void RefreshOptionsDialog::updateOk() {
    // Only an enabled signer can be chosen with the keyboard or mouse; an expired session with no
    // remembered key leaves the disabled "This session's key" selected.
    const auto* model = qobject_cast<const QStandardItemModel*>(m_signer->model());
    const bool usable = !model || model->item(m_signer->currentIndex())->isEnabled();
    m_ok->setEnabled(usable);
}

qint64 RefreshOptionsDialog::expirationSeconds() const {
    return m_expiration->seconds();
}

bool RefreshOptionsDialog::invalidateExisting() const {
    return m_invalidate->isChecked();
}

QString RefreshOptionsDialog::publicKey() const {
    return m_key->currentData().toString();
}

QString RefreshOptionsDialog::passkeyRpId() const {
    return stampWith() == StampWith::Passkey ? m_signer->currentData(kKeyRole).toString() : QString();
}

StampWith RefreshOptionsDialog::stampWith() const {
    return StampWith(m_signer->currentData(kStamperRole).toInt());
}

QString RefreshOptionsDialog::stampPublicKey() const {
    return stampWith() == StampWith::RememberedApiKey ? m_signer->currentData(kKeyRole).toString()
                                                      : QString();
}

} // namespace ws::ui
