#include "SessionCommands.h"

#include "BatchProgress.h"
#include "Clock.h"
#include "api/AuthProxyClient.h"
#include "app/SessionPolicy.h"
#include "dialogs/ConfirmClearAllDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/RefreshOptionsDialog.h"
#include "dialogs/signin/SignInDialog.h"
#include "fido/PasskeyStamp.h"
#include "model/BatchSummary.h"
#include "session/BatchJob.h"
#include "session/SessionManager.h"
#include "settings/AppSettings.h"
#include "widgets/SessionDetailsPane.h"
#include "window/SecurityKeyRefresh.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace ws::ui {

SessionCommands::SessionCommands(SessionManager& sessions, AppSettings& settings, QWidget* window)
    : QObject(window)
    , m_sessions(sessions)
    , m_settings(settings)
    , m_window(window) {}

void SessionCommands::report(const QString& message, bool ok, bool explicitAction, const QString& details) {
    Q_EMIT finished(message, ok);
    if (ok || !explicitAction)
        return;
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Wallet Sessions"), message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    if (!details.isEmpty())
        box->setDetailedText(details); // "Show Details…": the technical chain, out of the sentence
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

// The sentence says what failed and what to do; what the server answered (its words, HTTP status and
// Turnkey's error codes) is the technical chain, under the message box's details.
void SessionCommands::reportError(const QString& what, const Error& error, bool explicitAction) {
    report(what + QStringLiteral(": ") + error.message, false, explicitAction,
           error.technicalDetails().join(QLatin1Char('\n')));
}

void SessionCommands::beginBusy() {
    if (m_busy++ == 0)
        Q_EMIT busyChanged(true);
}

void SessionCommands::endBusy() {
    if (--m_busy == 0)
        Q_EMIT busyChanged(false);
}

void SessionCommands::setSignIn(AuthProxyClient* proxy, std::function<QByteArray()> otpSignerKey,
                                const Clock& clock) {
    m_authProxy = proxy;
    m_otpSignerKey = std::move(otpSignerKey);
    m_clock = &clock;
}

void SessionCommands::login() {
    openSignIn(false);
}

void SessionCommands::signInWithEmail() {
    openSignIn(true);
}

void SessionCommands::openSignIn(bool email) {
    SignInDialog* dialog = newSignInDialog({});
    if (email && m_authProxy && m_clock && m_authProxy->usable().ok())
        dialog->startWith(OtpType::Email);
    dialog->open();
}

SignInDialog* SessionCommands::newSignInDialog(const QString& againKey) {
    SignInServices services;
    services.sessions = &m_sessions;
    services.proxy = m_clock ? m_authProxy : nullptr;
    services.otpSignerKey = m_otpSignerKey ? m_otpSignerKey() : QByteArray();
    services.clock = m_clock;
    services.defaultLifetimeSecs = m_settings.defaultLifetimeSecs();
    services.keyStore = m_settings.keyStore();
    services.oidcOverrides = m_oidcOverrides;
    services.oauthInbox = m_oauthInbox;
    services.passkeyRpId = m_settings.passkeyRpId();
    services.rememberPasskeyRpId = [this](const QString& rpId) {
        m_settings.setPasskeyRpId(rpId);
    };
    services.securityKeySeam = m_securityKeySeam;
    auto* dialog = new SignInDialog(services, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // The API-key dialog takes over, for the same session when signing in again.
    connect(
        dialog, &SignInDialog::apiKeyRequested, this, [this, againKey] { openApiKeyLogin(againKey); },
        Qt::QueuedConnection);
    connect(dialog, &SignInDialog::signedIn, this, [this, againKey](const QString& sessionKey) {
        report(againKey.isEmpty() ? tr("Signed in: session '%1' created").arg(sessionKey)
                                  : tr("Signed in again: session '%1' replaced").arg(sessionKey),
               true);
        Q_EMIT sessionCreated(sessionKey);
    });
    connect(dialog, &SignInDialog::signInFailed, this,
            [this](const Error& error) { reportError(tr("Sign-in failed"), error, false); });
    return dialog;
}

void SessionCommands::loginWithApiKey() {
    openApiKeyLogin({});
}

void SessionCommands::signInAgain(const QString& sessionKey) {
    const Result<SessionInfo> session = m_sessions.getSession(sessionKey);
    if (!session.ok())
        return reportError(tr("Signing in again as '%1' failed").arg(sessionKey), session.error());
    const SignInMethod& method = session->signInMethod;
    if (method.kind == SignInMethod::Kind::ApiKey || method.kind == SignInMethod::Kind::Unknown)
        return openApiKeyLogin(sessionKey);
    SignInDialog* dialog = newSignInDialog(sessionKey);
    dialog->startSignInAgain(sessionKey, session->lifetimeSeconds, method,
                             session->token.claims.organizationId);
    dialog->open();
}

void SessionCommands::openApiKeyLogin(const QString& againKey) {
    auto* dialog = new LoginDialog(m_settings.defaultLifetimeSecs(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (againKey.isEmpty() && !m_loginOrganizationId.isEmpty())
        dialog->setOrganizationId(m_loginOrganizationId);
    // Offers the organization's remembered API key (the demo's is remembered when it starts).
    dialog->setRememberedKeys(
        [this](const QString& organizationId) { return m_sessions.rememberedApiKeys(organizationId); });
    dialog->setKeyStore(m_settings.keyStore());
    if (!againKey.isEmpty()) {
        if (const Result<SessionInfo> session = m_sessions.getSession(againKey); session.ok()) {
            dialog->setSignInAgain(againKey, session->token.claims.organizationId, session->lifetimeSeconds);
            if (session->signInMethod.kind == SignInMethod::Kind::ApiKey)
                dialog->setApiPublicKey(session->signInMethod.detail);
        }
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        LoginRequest request = dialog->takeRequest();
        const QString label = request.sessionKey;
        const bool again = request.replace;
        auto* progress = new QProgressDialog(again ? tr("Signing in again as '%1'…").arg(label)
                                                   : tr("Logging in as '%1'…").arg(label),
                                             QString(), 0, 0, m_window);
        progress->setObjectName(QStringLiteral("loginProgress"));
        progress->setWindowTitle(again ? tr("Sign in again") : tr("Log in"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        progress->setCancelButton(nullptr); // the server may already have registered the key
        beginBusy();
        m_sessions.loginWithApiKey(std::move(request), this, [this, again, progress](Result<QString> result) {
            progress->deleteLater();
            endBusy();
            if (!result.ok())
                return reportError(again ? tr("Signing in again failed") : tr("Log-in failed"),
                                   result.error());
            report(again ? tr("Signed in again: session '%1' replaced").arg(result.value())
                         : tr("Logged in: session '%1' created").arg(result.value()),
                   true);
            Q_EMIT sessionCreated(result.value());
        });
    });
    dialog->open();
}

void SessionCommands::refresh(const QStringList& sessionKeys) {
    if (sessionKeys.size() > 1) {
        watchBatch(m_sessions.refreshSessions(sessionKeys, BatchRefreshOptions{}, this),
                   tr("Refreshing sessions"), QT_TR_N_NOOP("Refreshed %n session(s)"));
        return;
    }
    if (sessionKeys.isEmpty())
        return;
    RefreshRequest request;
    request.sessionKey = sessionKeys.first();
    beginBusy();
    m_sessions.refreshSession(request, this, [this, key = request.sessionKey](Result<SessionInfo> result) {
        endBusy();
        if (!result.ok())
            return reportError(tr("Refreshing '%1' failed").arg(key), result.error());
        report(tr("Refreshed '%1': valid until %2")
                   .arg(key, result->expiresAt().toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
               true);
    });
}

void SessionCommands::refreshAll() {
    watchBatch(m_sessions.refreshAll(BatchRefreshOptions{}, this), tr("Refreshing all sessions"),
               QT_TR_N_NOOP("Refreshed %n session(s)"));
}

void SessionCommands::refreshWithOptions(const QString& sessionKey) {
    const Result<SessionInfo> session = m_sessions.getSession(sessionKey);
    if (!session.ok())
        return reportError(tr("Cannot refresh '%1'").arg(sessionKey), session.error());
    RefreshOptionsDialog::Choices choices;
    choices.lifetimeSecs = session->lifetimeSeconds;
    choices.expired = SessionPolicy::isExpiredAt(session.value(), m_sessions.clock().nowSecs());
    choices.heldKeys = m_sessions.heldRefreshTargets();
    choices.apiKeys = m_sessions.rememberedApiKeys(session->token.claims.organizationId);
    choices.passkeyRpId = session->signInMethod.kind == SignInMethod::Kind::Passkey
                              ? session->signInMethod.detail
                              : m_settings.passkeyRpId();
    auto* dialog = new RefreshOptionsDialog(sessionKey, choices, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, sessionKey] {
        RefreshRequest request;
        request.sessionKey = sessionKey;
        request.expirationSeconds = dialog->expirationSeconds();
        request.invalidateExisting = dialog->invalidateExisting();
        request.publicKey = dialog->publicKey();
        request.stampWith = dialog->stampWith();
        request.stampPublicKey = dialog->stampPublicKey();
        beginBusy();
        auto done = [this, sessionKey,
                     expiration = request.expirationSeconds](const Result<SessionInfo>& result) {
            endBusy();
            if (!result.ok() && result.error().code == ErrorCode::Cancelled)
                return report(tr("Refreshing '%1' was cancelled").arg(sessionKey), false);
            if (!result.ok())
                return reportError(tr("Refreshing '%1' failed").arg(sessionKey), result.error());
            report(tr("Refreshed '%1' for %2: valid until %3")
                       .arg(sessionKey, formatDuration(expiration),
                            result->expiresAt().toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
                   true);
        };
        if (request.stampWith == StampWith::Passkey) {
            auto* run = new SecurityKeyRefresh(m_sessions, m_securityKeySeam, m_window, this);
            run->start(std::move(request), dialog->passkeyRpId(), std::move(done));
            return;
        }
        m_sessions.refreshSession(request, this, std::move(done));
    });
    dialog->open();
}

void SessionCommands::setActive(const QString& sessionKey) {
    m_sessions.setActiveSession(sessionKey, this, [this, sessionKey](Result<void> result) {
        if (!result.ok())
            return reportError(tr("Cannot make '%1' active").arg(sessionKey), result.error());
        report(tr("'%1' is now the default session").arg(sessionKey), true);
    });
}

void SessionCommands::verify(const QString& sessionKey) {
    beginBusy();
    m_sessions.verifySession(sessionKey, this, [this, sessionKey](Result<WhoamiInfo> result) {
        endBusy();
        if (!result.ok())
            return reportError(tr("Verifying '%1' failed").arg(sessionKey), result.error());
        const WhoamiInfo& who = result.value();
        report(tr("'%1' is valid: user %2 in organization %3")
                   .arg(sessionKey, who.username.isEmpty() ? who.userId : who.username,
                        who.organizationName.isEmpty() ? who.organizationId : who.organizationName),
               true);
    });
}

void SessionCommands::clear(const QStringList& sessionKeys) {
    if (sessionKeys.isEmpty())
        return;
    const QString text =
        sessionKeys.size() == 1
            ? tr("Clear session '%1'? Its key is deleted from the keychain.").arg(sessionKeys.first())
            : tr("Clear %n session(s)? Their keys are deleted from the keychain.", nullptr,
                 int(sessionKeys.size()));
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Clear session"), text, QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("confirmClearBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* clearButton = box->addButton(tr("&Clear"), QMessageBox::DestructiveRole);
    clearButton->setObjectName(QStringLiteral("confirmClearButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    auto* revoke = new QCheckBox(tr("Also revoke on the server"), box);
    revoke->setChecked(m_settings.revokeOnClear());
    box->setCheckBox(revoke);
    connect(box, &QMessageBox::finished, this, [this, box, clearButton, revoke, sessionKeys] {
        if (box->clickedButton() != clearButton)
            return;
        ClearOptions options;
        options.revokeOnServer = revoke->isChecked();
        watchBatch(m_sessions.clearSessions(sessionKeys, options, this), tr("Clearing sessions"),
                   QT_TR_N_NOOP("Cleared %n session(s)"));
    });
    box->open();
}

void SessionCommands::clearAll() {
    const QList<SessionInfo> all = m_sessions.getAllSessions(SessionManager::SignatureCheck::Skip);
    if (all.isEmpty())
        return;
    auto* dialog = new ConfirmClearAllDialog(int(all.size()), m_settings.revokeOnClear(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ClearOptions options;
        options.revokeOnServer = dialog->revokeOnServer();
        watchBatch(m_sessions.clearAll(options, this), tr("Clearing all sessions"),
                   QT_TR_N_NOOP("Cleared %n session(s)"));
    });
    dialog->open();
}

void SessionCommands::removeExpired() {
    QStringList keys;
    const qint64 now = m_sessions.clock().nowSecs();
    const QList<SessionInfo> all = m_sessions.getAllSessions(SessionManager::SignatureCheck::Skip);
    for (const SessionInfo& s : all) {
        if (SessionPolicy::isExpiredAt(s, now))
            keys << s.sessionKey;
    }
    if (keys.isEmpty())
        return report(tr("No expired sessions"), true);
    watchBatch(m_sessions.clearSessions(keys, ClearOptions{}, this), tr("Removing expired sessions"),
               QT_TR_N_NOOP("Removed %n expired session(s)"));
}

void SessionCommands::copyPublicKey(const QString& sessionKey) {
    const Result<SessionInfo> session = m_sessions.getSession(sessionKey);
    if (!session.ok())
        return reportError(tr("Cannot copy"), session.error());
    QApplication::clipboard()->setText(session->token.claims.publicKey);
    report(tr("Copied the public key of '%1'").arg(sessionKey), true);
}

void SessionCommands::copyDetails(const QString& sessionKey) {
    const Result<SessionInfo> session = m_sessions.getSession(sessionKey);
    if (!session.ok())
        return reportError(tr("Cannot copy"), session.error());
    QApplication::clipboard()->setText(SessionDetailsPane::describe(session.value()));
    report(tr("Copied the details of '%1'").arg(sessionKey), true);
}

void SessionCommands::watchBatch(BatchJob* job, const QString& title, const char* doneText) {
    beginBusy();
    showBatchProgress(job, title, m_window);
    connect(job, &BatchJob::finished, this, [this, title, doneText](const Result<BatchReport>& result) {
        endBusy();
        if (!result.ok())
            return reportError(title, result.error());
        report(summarizeBatch(result.value(), tr(doneText, nullptr, result->succeededCount())),
               result->failureCount() == 0);
    });
}

} // namespace ws::ui
