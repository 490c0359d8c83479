#pragma once

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ws {
class SecureBytes;
}

namespace ws::ui {

class DurationEdit;

// Sign in with a passkey on a security key: the site the passkey was registered in (its rp id), the
// organization of its user, the session's name and lifetime; then "Touch your security key" while the
// key waits, with Stop. When the key asks for its PIN, a PIN field appears and Sign in asks again with it.
class SecurityKeyPage : public QWidget {
    Q_OBJECT
public:
    explicit SecurityKeyPage(qint64 defaultLifetimeSecs, QWidget* parent = nullptr);

    QString rpId() const;
    QString organizationId() const;
    QString sessionKey() const;
    qint64 lifetimeSecs() const;
    void setRpId(const QString& rpId);
    void setOrganizationId(const QString& organizationId);
    void setSessionKey(const QString& label);
    void setLifetimeSecs(qint64 seconds);
    // Sign in again: the name stays (read-only), as do the site and organization it was made with.
    void fixSignInAgain(const QString& label);
    void setTakenNames(std::function<bool(const QString&)> taken) { m_taken = std::move(taken); }

    // The key asked for its PIN: the field appears (focused), with `message` above it.
    void askPin(const QString& message);
    bool pinShown() const;
    // The PIN typed, taken out of the field (which is cleared).
    SecureBytes takePin();
    // The key holds passkeys of several accounts for the site: the Account choice appears with them.
    void askAccount(const QStringList& accounts, const QString& message);
    QString account() const; // empty until askAccount()

    QString validationError() const;
    // While the key waits for the touch: the prompt and Stop instead of the form's buttons.
    void setWaiting(bool waiting);
    void showError(const QString& message);
    void focusFirstEmpty();
    QPushButton* defaultButton() const { return m_signIn; }

Q_SIGNALS:
    void signInRequested();
    void stopRequested();
    void backRequested();

private:
    void validate();

    std::function<bool(const QString&)> m_taken;
    bool m_fixedName = false;
    bool m_waiting = false;
    bool m_validationShown = false; // the error label shows a problem of the form, not of the key
    QLabel* m_title;
    QLineEdit* m_rpId;
    QLineEdit* m_organizationId;
    QLineEdit* m_sessionKey;
    DurationEdit* m_lifetime;
    QLabel* m_accountLabel;
    QComboBox* m_account;
    QLabel* m_pinLabel;
    QLineEdit* m_pin;
    QLabel* m_error;
    QLabel* m_touch;
    QProgressBar* m_progress;
    QPushButton* m_back;
    QPushButton* m_stop;
    QPushButton* m_signIn;
};

} // namespace ws::ui
