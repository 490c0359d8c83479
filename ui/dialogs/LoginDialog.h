#pragma once

#include "session/KeyQueries.h"
#include "session/SessionTypes.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ws::ui {

class DurationEdit;

// Log in with an API key: organization ID, API key pair (the private key masked, or loaded from a
// file), the session key label, the lifetime, and whether to remember the API key in the keychain.
// Validates as you type; OK stays disabled and the first problem is named until everything is valid.
// An API key remembered in the keychain for the organization is offered and needs no private key.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    // The API keys the app remembers for an organization (SessionManager::rememberedApiKeys).
    using RememberedKeys = std::function<QList<KeyPairInfo>(const QString& organizationId)>;

    explicit LoginDialog(qint64 defaultLifetimeSecs, QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setOrganizationId(const QString& id);
    void setApiPublicKey(const QString& hex);
    void setSessionKey(const QString& label);
    void setLifetimeSecs(qint64 seconds);
    void setRememberedKeys(RememberedKeys remembered);
    // Where the new session key is made: "Keep keys in this computer's TPM" (Settings give the default).
    void setKeyStore(KeyStoreKind store);
    // Sign in again (issue 18): on success the session `sessionKey` is replaced under the same name (its
    // old key deleted, as clear does). The name is fixed; organization and lifetime are filled in.
    void setSignInAgain(const QString& sessionKey, const QString& organizationId, qint64 lifetimeSecs);
    bool isSignInAgain() const { return m_again; }
    // Moves the private key out of the field (which is then wiped) into the request.
    LoginRequest takeRequest();

    // The first problem with the input, empty when valid. Public for tests.
    QString validationError() const;

    // Reads a Turnkey CLI key file (hex, optionally followed by ":p256"). Empty + error on failure.
    static QByteArray readPrivateKeyFile(const QString& path, QString* error);

private:
    void validate();
    void loadPrivateKeyFile();
    void offerRememberedKey();
    // The typed public key is one the app remembers for the typed organization.
    bool usesRememberedKey() const;

    QLabel* m_intro;
    QLineEdit* m_organization;
    QLineEdit* m_publicKey;
    QLineEdit* m_privateKey;
    QLabel* m_rememberedNote;
    QLineEdit* m_sessionKey;
    DurationEdit* m_lifetime;
    QCheckBox* m_remember;
    QCheckBox* m_inTpm;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    RememberedKeys m_remembered;
    bool m_again = false;
};

} // namespace ws::ui
