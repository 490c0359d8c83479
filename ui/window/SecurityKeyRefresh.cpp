#include "SecurityKeyRefresh.h"

#include "fido/PasskeyStamp.h"
#include "session/SessionManager.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QProgressDialog>

namespace ws::ui {

SecurityKeyRefresh::SecurityKeyRefresh(SessionManager& sessions, fido::DeviceSeam seam, QWidget* window,
                                       QObject* parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_seam(seam)
    , m_window(window) {}

void SecurityKeyRefresh::start(RefreshRequest request, const QString& rpId, Done done) {
    m_request = std::move(request);
    m_request.stampWith = StampWith::Passkey;
    m_rpId = rpId;
    m_done = std::move(done);
    attempt(SecureBytes());
}

void SecurityKeyRefresh::attempt(SecureBytes pin) {
    auto signer = std::make_shared<fido::PasskeySigner>();
    signer->rpId = m_rpId;
    signer->seam = m_seam;
    signer->pin = SecureBytes(pin.view());
    signer->account = m_account;
    m_pin = std::move(pin);
    m_cancel = signer->cancel;
    RefreshRequest request = m_request;
    request.passkey = signer;

    m_progress = new QProgressDialog(tr("Touch your security key to refresh '%1'.").arg(m_request.sessionKey),
                                     tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("securityKeyRefreshProgress"));
    m_progress->setWindowTitle(tr("Security key"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // The key hears the cancel (fido_dev_cancel); the refresh then ends CANCELLED, its new key destroyed.
    // Its Cancel button, Escape and closing it all stop the wait.
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->cancel(); });
    connect(m_progress, &QDialog::rejected, this, [cancel = m_cancel] { cancel->cancel(); });
    m_progress->show();

    m_sessions.refreshSession(std::move(request), this, [this](Result<SessionInfo> result) {
        if (m_progress) {
            m_progress->disconnect(this);
            m_progress->deleteLater();
        }
        if (!result.ok() && result.error().code == ErrorCode::PinRequired && !m_askedPin)
            return askPin();
        if (!result.ok() && result.error().code == ErrorCode::AccountChoiceNeeded && m_account.isEmpty() &&
            !result.error().choices.isEmpty())
            return askAccount(result.error().choices);
        finish(result);
    });
}

void SecurityKeyRefresh::askPin() {
    m_askedPin = true;
    auto* dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("securityKeyPinDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Security key PIN"));
    dialog->setLabelText(tr("Your security key asks for its PIN:"));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QInputDialog::accepted, this, [this, dialog] {
        QByteArray typed = dialog->textValue().toUtf8();
        dialog->setTextValue(QString());
        attempt(SecureBytes::takeAndWipe(typed));
    });
    connect(dialog, &QInputDialog::rejected, this, [this] {
        finish(Error(ErrorCode::Cancelled, tr("The refresh was cancelled: no PIN was given.")));
    });
    dialog->open();
}

void SecurityKeyRefresh::askAccount(const QStringList& accounts) {
    auto* dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("securityKeyAccountDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Choose the account"));
    dialog->setLabelText(tr("Your security key holds passkeys of several accounts for this site. Which one "
                            "signs the refresh?"));
    dialog->setComboBoxItems(accounts);
    dialog->setComboBoxEditable(false);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QInputDialog::accepted, this, [this, dialog] {
        m_account = dialog->textValue();
        attempt(SecureBytes(m_pin.view()));
    });
    connect(dialog, &QInputDialog::rejected, this, [this] {
        finish(Error(ErrorCode::Cancelled, tr("The refresh was cancelled: no account was chosen.")));
    });
    dialog->open();
}

void SecurityKeyRefresh::finish(const Result<SessionInfo>& result) {
    if (m_done)
        m_done(result);
    deleteLater();
}

} // namespace ws::ui
