#pragma once

#include "Result.h"
#include "fido/SecurityKey.h"
#include "session/SessionTypes.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QProgressDialog;
class QWidget;

namespace ws {
class SessionManager;
}

namespace ws::ui {

// A refresh whose stamp_login a security key signs (Refresh with Options › Signed by: Security key):
// "Touch your security key" with Cancel while the key waits (the cancel reaches the key), the PIN asked
// for in a password field when the key wants it and the refresh tried once more with it. `done` gets
// the outcome (CANCELLED when the user cancelled). Deletes itself when done.
class SecurityKeyRefresh : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const Result<SessionInfo>&)>;
    SecurityKeyRefresh(SessionManager& sessions, fido::DeviceSeam seam, QWidget* window,
                       QObject* parent = nullptr);

    // `request` with stampWith Passkey; `rpId` the site (empty: the session's own).
    void start(RefreshRequest request, const QString& rpId, Done done);

private:
    void attempt(SecureBytes pin);
    void askPin();
    void askAccount(const QStringList& accounts);
    void finish(const Result<SessionInfo>& result);

    SessionManager& m_sessions;
    fido::DeviceSeam m_seam;
    QPointer<QWidget> m_window;
    RefreshRequest m_request;
    QString m_rpId;
    Done m_done;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<fido::AssertionCancel> m_cancel;
    bool m_askedPin = false;
    QString m_account; // chosen when the key holds passkeys of several accounts for the site
    SecureBytes m_pin; // kept for a second attempt after the account is chosen
};

} // namespace ws::ui
