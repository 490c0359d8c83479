#pragma once

#include "session/SessionTypes.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ws::ui {

// Log in with an API key: organization ID, API key pair (the private key masked, or loaded from a
// file), the session key label, the lifetime, and whether to remember the API key in the keychain.
// Validates as you type; OK stays disabled and the first problem is named until everything is valid.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(qint64 defaultLifetimeSecs, QWidget* parent = nullptr);
    ~LoginDialog() override;

    void setOrganizationId(const QString& id);
    void setApiPublicKey(const QString& hex);
    void setSessionKey(const QString& label);
    // Moves the private key out of the field (which is then wiped) into the request.
    LoginRequest takeRequest();

    // The first problem with the input, empty when valid. Public for tests.
    QString validationError() const;

    // Reads a Turnkey CLI key file (hex, optionally followed by ":p256"). Empty + error on failure.
    static QByteArray readPrivateKeyFile(const QString& path, QString* error);

private:
    void validate();
    void loadPrivateKeyFile();

    QLineEdit* m_organization;
    QLineEdit* m_publicKey;
    QLineEdit* m_privateKey;
    QLineEdit* m_sessionKey;
    QSpinBox* m_lifetime;
    QLabel* m_lifetimeText;
    QCheckBox* m_remember;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace ws::ui
