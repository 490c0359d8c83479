#pragma once

#include "session/KeyQueries.h"
#include "session/SessionTypes.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace ws::ui {

class DurationEdit;

// Refresh with every parameter of the seed's refreshSession(): expirationSeconds, invalidateExisting,
// publicKey (a held key made beforehand instead of a new one) and stampWith (the session's own key, a
// remembered API key of the same organization, or a security key). An expired session can be renewed
// here when an API key is remembered for its organization: its own key can no longer sign.
class RefreshOptionsDialog : public QDialog {
    Q_OBJECT
public:
    struct Choices {
        qint64 lifetimeSecs = 0;
        bool expired = false;
        QList<KeyPairInfo> heldKeys; // SessionManager::heldRefreshTargets()
        QList<KeyPairInfo> apiKeys;  // SessionManager::rememberedApiKeys(organization)
        // The site whose passkey a security key signs with: the session's own (signed in with a key),
        // else the one last used. Empty: the security key cannot be offered (no site known).
        QString passkeyRpId;
    };
    RefreshOptionsDialog(const QString& sessionKey, const Choices& choices, QWidget* parent = nullptr);

    qint64 expirationSeconds() const;
    bool invalidateExisting() const;
    QString publicKey() const; // empty: a new key pair
    StampWith stampWith() const;
    QString stampPublicKey() const; // the remembered API key, with StampWith::RememberedApiKey
    QString passkeyRpId() const;    // with StampWith::Passkey

private:
    void buildKeyChoice(const QList<KeyPairInfo>& heldKeys);
    void buildSignerChoice(const QList<KeyPairInfo>& apiKeys, bool expired, const QString& passkeyRpId);
    void updateOk();

    DurationEdit* m_expiration;
    QComboBox* m_key = nullptr;
    QComboBox* m_signer = nullptr;
    QCheckBox* m_invalidate;
    QPushButton* m_ok = nullptr;
};

} // namespace ws::ui
