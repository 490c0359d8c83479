#include "ShowCommand.h"

#include "CommandOptions.h"
#include "Formatting.h"
#include "session/SessionManager.h"

#include <QCoreApplication>

namespace ws::cli {

QString ShowCommand::summary() const {
    return QCoreApplication::translate(
        "ws", "Show every claim and stored field of a session (default: the active one).");
}

void ShowCommand::addOptions(QCommandLineParser& parser) const {
    parser.addPositionalArgument(
        QStringLiteral("SESSION_KEY"),
        QCoreApplication::translate("ws", "The session to show; the active one when omitted."),
        QStringLiteral("[SESSION_KEY]"));
}

Result<void> ShowCommand::validate(const QCommandLineParser& parser) const {
    if (Result<QString> key = sessionKeyArgument(parser); !key)
        return key.error();
    return {};
}

void ShowCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QString key = parser.positionalArguments().value(0);
    Result<SessionInfo> session = context.manager().getSession(key);
    if (!session) {
        context.fail(session.error());
        return;
    }
    const SessionInfo& s = *session;
    const QDateTime now = context.now();
    if (context.out().isJson()) {
        context.out().json(sessionDetailJson(s, now));
        context.succeed();
        return;
    }
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("ws", text);
    };
    const auto yesNo = [&tr](bool v) {
        return v ? tr("yes") : tr("no");
    };
    const auto orDash = [](const QString& v) {
        return v.isEmpty() ? QStringLiteral("-") : v;
    };
    const SessionClaims& c = s.token.claims;
    const qint64 expiresIn = c.exp - now.toSecsSinceEpoch();
    context.out().fields({
        {tr("Session key"), s.sessionKey},
        {tr("Active"), yesNo(s.active)},
        {tr("Status"), sessionStatus(s, now)},
        {tr("User"), c.userId},
        {tr("Organization"), c.organizationId},
        {tr("Session type"), c.sessionType},
        {tr("Session profile"), orDash(c.sessionProfileId)},
        {tr("Scope"), orDash(c.scope)},
        {tr("Public key"), c.publicKey},
        {tr("Key"), s.keyStore == KeyStoreKind::Tpm ? tr("TPM 2.0") : tr("keychain")},
        {tr("Expires at"), QStringLiteral("%1 (%2)").arg(formatLocalTime(c.exp)).arg(c.exp)},
        {tr("Time left"), formatTimeLeft(expiresIn)},
        {tr("Lifetime"), QStringLiteral("%1 s").arg(s.lifetimeSeconds)},
        {tr("Created at"), formatLocalTime(s.createdAt)},
        {tr("Refreshed at"), formatLocalTime(s.refreshedAt)},
        {tr("Auto-refresh"), yesNo(s.autoRefresh)},
        {tr("Server state"), serverStateName(s.serverState)},
        {tr("Signature verified"), yesNo(s.signatureVerified)},
        {tr("Last error"), orDash(s.lastError)},
        {tr("Token"), QString::fromLatin1(s.token.raw)},
    });
    context.succeed();
}

} // namespace ws::cli
