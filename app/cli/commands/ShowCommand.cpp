#include "ShowCommand.h"

#include "CommandOptions.h"
#include "Formatting.h"
#include "Text.h"
#include "WalletFormatting.h"
#include "session/SessionManager.h"

#include <QCoreApplication>

namespace ws::cli {

namespace {
using text::tr;
const QString kNoWallets = QStringLiteral("no-wallets");
} // namespace

QString ShowCommand::summary() const {
    return tr("Show every claim and stored field of a session (default: the active one) and its wallets.");
}

void ShowCommand::addOptions(QCommandLineParser& parser) const {
    parser.addPositionalArgument(QStringLiteral("SESSION_KEY"),
                                 tr("The session to show; the active one when omitted."),
                                 QStringLiteral("[SESSION_KEY]"));
    parser.addOption({kNoWallets, tr("Do not load the session's wallets (no network request).")});
}

Result<void> ShowCommand::validate(const QCommandLineParser& parser) const {
    if (Result<QString> key = sessionKeyArgument(parser); !key)
        return key.error();
    return {};
}

CommandNeeds ShowCommand::needs(const QCommandLineParser& parser) const {
    return {true, !parser.isSet(kNoWallets), false};
}

void ShowCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QString key = parser.positionalArguments().value(0);
    Result<SessionInfo> session = context.manager().getSession(key);
    if (!session) {
        context.fail(session.error());
        return;
    }
    if (parser.isSet(kNoWallets)) {
        print(context, *session, nullptr);
        return;
    }
    const SessionInfo s = *session;
    context.manager().getWallets(
        s.sessionKey, false, &context,
        [&context, s](const Result<QList<WalletInfo>>& wallets) { print(context, s, &wallets); });
}

void ShowCommand::print(CliContext& context, const SessionInfo& s, const Result<QList<WalletInfo>>* wallets) {
    const QDateTime now = context.now();
    if (context.out().isJson()) {
        QJsonObject o = sessionDetailJson(s, now);
        if (wallets && wallets->ok())
            o.insert(QStringLiteral("wallets"), walletsJson(wallets->value()));
        else if (wallets)
            o.insert(QStringLiteral("walletsError"), walletsErrorJson(wallets->error()));
        context.out().json(o);
        context.succeed();
        return;
    }
    const auto yesNo = [](bool v) {
        return v ? tr("yes") : tr("no");
    };
    const auto orDash = [](const QString& v) {
        return v.isEmpty() ? QStringLiteral("-") : v;
    };
    const SessionClaims& c = s.token.claims;
    const qint64 expiresIn = c.exp - now.toSecsSinceEpoch();
    // "name (ID)" once the name is known, the ID alone until then.
    const auto named = [](const QString& name, const QString& id) {
        return name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(name, id);
    };
    context.out().fields({
        {tr("Session key"), s.sessionKey},
        {tr("Default"), yesNo(s.active)},
        {tr("Status"), sessionStatus(s, now)},
        {tr("User"), named(s.username, c.userId)},
        {tr("Organization"), named(s.organizationName, c.organizationId)},
        {tr("Session type"), c.sessionType},
        {tr("Session profile"), orDash(c.sessionProfileId)},
        {tr("Scope"), orDash(c.scope)},
        {tr("Public key"), c.publicKey},
        {tr("Key"), s.keyStore == KeyStoreKind::Tpm ? tr("TPM 2.0") : tr("keychain")},
        {tr("Signed in with"), s.signInMethod.describe()},
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
    if (wallets && wallets->ok()) {
        context.out().line(tr("Wallets:"));
        const QStringList lines = walletsText(wallets->value());
        for (const QString& line : lines)
            context.out().line(line);
    } else if (wallets) {
        context.out().line(tr("Wallets: could not be loaded: %1").arg(wallets->error().message));
    }
    context.succeed();
}

} // namespace ws::cli
