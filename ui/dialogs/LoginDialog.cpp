#include "LoginDialog.h"

#include "FitTitle.h"
#include "session/SessionManager.h"
#include "widgets/DurationEdit.h"
#include "widgets/ThemeColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace ws::ui {

namespace {
bool isHex(const QString& s) {
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]+$"));
    return re.match(s).hasMatch();
}

void wipeLineEdit(QLineEdit* edit) {
    // Overwrite before clearing so the old buffer does not keep the secret (best effort: QString
    // offers no guaranteed wipe, but this avoids leaving the plain value in the widget).
    edit->setText(QString(edit->text().size(), QLatin1Char('0')));
    edit->clear();
}
} // namespace

LoginDialog::LoginDialog(qint64 defaultLifetimeSecs, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in with an API key"));
    fitTitle(this);
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("Creates a new session: a fresh key pair registered with Turnkey for a limited "
                            "time, signed with your API key. The session's private key is stored only in "
                            "the system keychain."),
                         this);
    m_intro->setObjectName(QStringLiteral("loginIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* form = new QFormLayout;
    m_organization = new QLineEdit(this);
    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_organization->setPlaceholderText(tr("e.g. 5d9b8a3c-…"));
    m_organization->setAccessibleName(tr("Organization ID"));
    form->addRow(tr("&Organization ID:"), m_organization);

    m_publicKey = new QLineEdit(this);
    m_publicKey->setObjectName(QStringLiteral("apiPublicKeyEdit"));
    m_publicKey->setPlaceholderText(tr("66 hex characters starting with 02 or 03"));
    m_publicKey->setAccessibleName(tr("API public key"));
    form->addRow(tr("API &public key:"), m_publicKey);

    m_privateKey = new QLineEdit(this);
    m_privateKey->setObjectName(QStringLiteral("apiPrivateKeyEdit"));
    m_privateKey->setEchoMode(QLineEdit::Password);
    m_privateKey->setAccessibleName(tr("API private key"));
    m_privateKey->setAccessibleDescription(tr("Hidden while you type; never written to disk"));
    auto* load = new QPushButton(tr("Load from &file…"), this);
    load->setObjectName(QStringLiteral("loadKeyFileButton"));
    load->setAccessibleDescription(tr("Reads the private key from a Turnkey CLI key file"));
    auto* privateRow = new QHBoxLayout;
    privateRow->addWidget(m_privateKey, 1);
    privateRow->addWidget(load);
    // A row whose field is a layout gets no buddy from QFormLayout: without one the label would show
    // its '&' literally instead of underlining the mnemonic.
    auto* privateLabel = new QLabel(tr("API pri&vate key:"), this);
    privateLabel->setBuddy(m_privateKey);
    form->addRow(privateLabel, privateRow);
    m_rememberedNote = new QLabel(
        tr("This API key is remembered in the keychain: leave the private key empty to sign with it."), this);
    m_rememberedNote->setObjectName(QStringLiteral("rememberedKeyNote"));
    m_rememberedNote->setWordWrap(true);
    m_rememberedNote->hide();
    form->addRow(QString(), m_rememberedNote);

    m_sessionKey = new QLineEdit(QString::fromLatin1(kDefaultSessionKey), this);
    m_sessionKey->setObjectName(QStringLiteral("sessionKeyEdit"));
    m_sessionKey->setAccessibleName(tr("Session key"));
    m_sessionKey->setToolTip(tr("The label this session is stored under"));
    form->addRow(tr("&Session key:"), m_sessionKey);

    m_lifetime = DurationEdit::create(this, kMinimumExpirationSeconds, 7 * 24 * 3600, defaultLifetimeSecs,
                                      tr("Session lifetime"), QStringLiteral("lifetimeEdit"));
    form->addRow(tr("&Lifetime:"), m_lifetime);

    m_remember = new QCheckBox(tr("&Remember this API key in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setToolTip(tr("Lets you refresh sessions of this organization later without typing the key"));
    form->addRow(QString(), m_remember);
    m_inTpm = new QCheckBox(tr("Keep keys in this computer's &TPM"), this);
    m_inTpm->setObjectName(QStringLiteral("keepInTpmCheck"));
    m_inTpm->setToolTip(tr("The session key is made inside the TPM 2.0 chip and never leaves it; its "
                           "refreshes stay there. Needs a TPM this account can use (/dev/tpmrm0)."));
    form->addRow(QString(), m_inTpm);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("validationLabel"));
    useErrorTextColor(m_error);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log &in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("loginOkButton"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(load, &QPushButton::clicked, this, &LoginDialog::loadPrivateKeyFile);
    for (QLineEdit* edit : {m_organization, m_publicKey, m_privateKey, m_sessionKey})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::validate);
    connect(m_organization, &QLineEdit::editingFinished, this, &LoginDialog::offerRememberedKey);
    const QList<QWidget*> order{
        m_organization,          m_publicKey,           m_privateKey, load,    m_sessionKey,
        m_lifetime->amountBox(), m_lifetime->unitBox(), m_remember,   m_inTpm, m_buttons};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    validate();
    resize(560, sizeHint().height());
}

LoginDialog::~LoginDialog() {
    // QDialog's destructor still hides the dialog, and the focused field's editingFinished would then
    // reach this object's slots after this destructor has run (UBSan: a QDialog is no LoginDialog).
    for (QLineEdit* edit : {m_organization, m_publicKey, m_privateKey, m_sessionKey})
        disconnect(edit, nullptr, this, nullptr);
    wipeLineEdit(m_privateKey);
}

void LoginDialog::setOrganizationId(const QString& id) {
    m_organization->setText(id);
}

void LoginDialog::setApiPublicKey(const QString& hex) {
    m_publicKey->setText(hex);
    m_publicKey->setCursorPosition(0); // its start is what people recognise
}

void LoginDialog::setSessionKey(const QString& label) {
    m_sessionKey->setText(label);
}

void LoginDialog::setLifetimeSecs(qint64 seconds) {
    m_lifetime->setSeconds(seconds);
}

void LoginDialog::setRememberedKeys(RememberedKeys remembered) {
    m_remembered = std::move(remembered);
    offerRememberedKey();
    validate();
}

void LoginDialog::setSignInAgain(const QString& sessionKey, const QString& organizationId,
                                 qint64 lifetimeSecs) {
    m_again = true;
    setWindowTitle(tr("Sign in again"));
    m_intro->setText(tr("<b>%1</b> can no longer be refreshed. Signing in again creates a new session under "
                        "the same name and replaces the old one, whose key is then deleted.")
                         .arg(sessionKey.toHtmlEscaped()));
    m_sessionKey->setText(sessionKey);
    m_sessionKey->setReadOnly(true);
    m_sessionKey->setToolTip(tr("The session being replaced"));
    if (lifetimeSecs >= kMinimumExpirationSeconds)
        m_lifetime->setSeconds(lifetimeSecs);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &in again"));
    m_organization->setText(organizationId);
    offerRememberedKey();
    validate();
}

// The organization's remembered API key is filled in when the user has not typed one: signing in
// again with it is one click.
void LoginDialog::offerRememberedKey() {
    if (!m_remembered || !m_publicKey->text().trimmed().isEmpty())
        return;
    const QList<KeyPairInfo> keys = m_remembered(m_organization->text().trimmed());
    if (!keys.isEmpty())
        setApiPublicKey(keys.last().publicKey); // the newest
}

bool LoginDialog::usesRememberedKey() const {
    if (!m_remembered)
        return false;
    const QString pub = m_publicKey->text().trimmed().toLower();
    const QList<KeyPairInfo> keys = m_remembered(m_organization->text().trimmed());
    return std::any_of(keys.cbegin(), keys.cend(),
                       [&pub](const KeyPairInfo& k) { return k.publicKey == pub; });
}

QString LoginDialog::validationError() const {
    const QString org = m_organization->text().trimmed();
    if (org.isEmpty())
        return tr("Enter the organization ID.");
    if (org.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("The organization ID cannot contain spaces.");
    const QString pub = m_publicKey->text().trimmed();
    if (pub.isEmpty())
        return tr("Enter the API public key.");
    if (pub.size() != 66 || !isHex(pub) ||
        !(pub.startsWith(QLatin1String("02")) || pub.startsWith(QLatin1String("03"))))
        return tr("The API public key must be 66 hex characters starting with 02 or 03 (compressed P-256).");
    const QString priv = m_privateKey->text().trimmed();
    if (priv.isEmpty() && usesRememberedKey()) {
        if (const Result<void> label = validateSessionKeyLabel(m_sessionKey->text()); !label.ok())
            return label.error().message;
        return {};
    }
    if (priv.isEmpty())
        return tr("Enter the API private key, or load it from a file.");
    if (priv.size() > 64 || !isHex(priv))
        return tr("The API private key must be up to 64 hex characters.");
    QByteArray privBytes = priv.toLatin1();
    const Result<void> pair = SessionManager::checkApiKeyPair(pub.toLatin1().toLower(), privBytes);
    secureWipe(privBytes);
    if (!pair.ok())
        return tr("The API private key does not belong to this public key.");
    if (const Result<void> label = validateSessionKeyLabel(m_sessionKey->text()); !label.ok())
        return label.error().message;
    return {};
}

void LoginDialog::validate() {
    const bool remembered = usesRememberedKey();
    m_rememberedNote->setVisible(remembered);
    m_remember->setEnabled(!remembered); // already remembered
    if (remembered)
        m_remember->setChecked(false);
    const QString error = validationError();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

QByteArray LoginDialog::readPrivateKeyFile(const QString& path, QString* error) {
    QFile file(path);
    if (file.size() > 4096) {
        *error = tr("%1 is too large to be a key file.").arg(path);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QByteArray content = file.readAll();
    QByteArray key = content.trimmed();
    secureWipe(content);
    if (key.endsWith(":p256"))
        key.chop(5);
    return key;
}

void LoginDialog::loadPrivateKeyFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load API private key"), QString(),
                                                      tr("Key files (*.private *.key *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    QByteArray key = readPrivateKeyFile(path, &error);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_privateKey->setText(QString::fromLatin1(key));
    secureWipe(key);
    // The Turnkey CLI writes NAME.private next to NAME.public: fill the public key too.
    if (m_publicKey->text().isEmpty() && path.endsWith(QLatin1String(".private"))) {
        QFile pub(path.chopped(8) + QStringLiteral(".public"));
        if (pub.size() < 4096 && pub.open(QIODevice::ReadOnly))
            m_publicKey->setText(QString::fromLatin1(pub.readAll().trimmed()));
    }
}

void LoginDialog::setKeyStore(KeyStoreKind store) {
    m_inTpm->setChecked(store == KeyStoreKind::Tpm);
}

LoginRequest LoginDialog::takeRequest() {
    LoginRequest request;
    request.organizationId = m_organization->text().trimmed();
    request.apiPublicKey = m_publicKey->text().trimmed().toLatin1().toLower();
    QByteArray priv = m_privateKey->text().trimmed().toLatin1();
    request.apiPrivateKey = SecureBytes::takeAndWipe(priv);
    wipeLineEdit(m_privateKey);
    request.sessionKey = m_sessionKey->text();
    request.expirationSeconds = m_lifetime->seconds();
    request.rememberApiKey = m_remember->isChecked();
    request.makeActive = true;
    request.replace = m_again;
    request.keyStore = m_inTpm->isChecked() ? KeyStoreKind::Tpm : KeyStoreKind::Keychain;
    return request;
}

} // namespace ws::ui
