#include "LoginDialog.h"

#include "model/SessionStatus.h"
#include "session/SessionManager.h"

#include <QCheckBox>
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
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Creates a new session: a fresh key pair registered with Turnkey for a limited "
                      "time, signed with your API key. The session's private key is stored only in "
                      "the system keychain."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

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

    m_sessionKey = new QLineEdit(QString::fromLatin1(kDefaultSessionKey), this);
    m_sessionKey->setObjectName(QStringLiteral("sessionKeyEdit"));
    m_sessionKey->setAccessibleName(tr("Session key"));
    m_sessionKey->setToolTip(tr("The label this session is stored under"));
    form->addRow(tr("&Session key:"), m_sessionKey);

    m_lifetime = new QSpinBox(this);
    m_lifetime->setObjectName(QStringLiteral("lifetimeSpin"));
    m_lifetime->setRange(int(kMinimumExpirationSeconds), 7 * 24 * 3600);
    m_lifetime->setSingleStep(60);
    m_lifetime->setSuffix(tr(" s"));
    m_lifetime->setValue(int(defaultLifetimeSecs));
    m_lifetime->setAccessibleName(tr("Session lifetime in seconds"));
    m_lifetimeText = new QLabel(this);
    auto* lifetimeRow = new QHBoxLayout;
    lifetimeRow->addWidget(m_lifetime);
    lifetimeRow->addWidget(m_lifetimeText, 1);
    auto* lifetimeLabel = new QLabel(tr("&Lifetime:"), this);
    lifetimeLabel->setBuddy(m_lifetime);
    form->addRow(lifetimeLabel, lifetimeRow);

    m_remember = new QCheckBox(tr("&Remember this API key in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setToolTip(tr("Lets you refresh sessions of this organization later without typing the key"));
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("validationLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
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
    connect(m_lifetime, &QSpinBox::valueChanged, this, &LoginDialog::validate);
    const QList<QWidget*> order{m_organization, m_publicKey, m_privateKey, load,
                                m_sessionKey,   m_lifetime,  m_remember,   m_buttons};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    validate();
    resize(560, sizeHint().height());
}

LoginDialog::~LoginDialog() {
    wipeLineEdit(m_privateKey);
}

void LoginDialog::setOrganizationId(const QString& id) {
    m_organization->setText(id);
}

void LoginDialog::setApiPublicKey(const QString& hex) {
    m_publicKey->setText(hex);
}

void LoginDialog::setSessionKey(const QString& label) {
    m_sessionKey->setText(label);
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
    m_lifetimeText->setText(QStringLiteral("= ") + formatDuration(m_lifetime->value()));
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

LoginRequest LoginDialog::takeRequest() {
    LoginRequest request;
    request.organizationId = m_organization->text().trimmed();
    request.apiPublicKey = m_publicKey->text().trimmed().toLatin1().toLower();
    QByteArray priv = m_privateKey->text().trimmed().toLatin1();
    request.apiPrivateKey = SecureBytes::takeAndWipe(priv);
    wipeLineEdit(m_privateKey);
    request.sessionKey = m_sessionKey->text();
    request.expirationSeconds = m_lifetime->value();
    request.rememberApiKey = m_remember->isChecked();
    request.makeActive = true;
    return request;
}

} // namespace ws::ui
