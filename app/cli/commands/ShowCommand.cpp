#include "ShowCommand.h"

#include "CommandOptions.h"
#include "Formatting.h"
#include "Text.h"
#include "WalletFormatting.h"
#include "session/SessionManager.h"

#include <QCoreApplication>

namespace ws::cli {

namespace {
const QString kNoWallets = QStringLiteral("no-wallets");
} // namespace

QString ShowCommand::summary() const {
    return Text::tr(
        "Show every claim and stored field of a session (default: the active one) and its wallets.");
}

void ShowCommand::addOptions(QCommandLineParser& parser) const {
    parser.addPositionalArgument(QStringLiteral("SESSION_KEY"),
                                 Text::tr("The session to show; the active one when omitted."),
                                 QStringLiteral("[SESSION_KEY]"));
    parser.addOption({kNoWallets, Text::tr("Do not load the session's wallets (no network request).")});
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
        return v ? Text::tr("yes") : Text::tr("no");
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
        {Text::tr("Session key"), s.sessionKey},
        {Text::tr("Default"), yesNo(s.active)},
        {Text::tr("Status"), sessionStatus(s, now)},
        {Text::tr("User"), named(s.username, c.userId)},
        {Text::tr("Organization"), named(s.organizationName, c.organizationId)},
        {Text::tr("Session type"), c.sessionType},
        {Text::tr("Session profile"), orDash(c.sessionProfileId)},
        {Text::tr("Scope"), orDash(c.scope)},
        {Text::tr("Public key"), c.publicKey},
        {Text::tr("Key"), s.keyStore == KeyStoreKind::Tpm ? Text::tr("TPM 2.0") : Text::tr("keychain")},
        {Text::tr("Signed in with"), s.signInMethod.describe()},
        {Text::tr("Expires at"), QStringLiteral("%1 (%2)").arg(formatLocalTime(c.exp)).arg(c.exp)},
        {Text::tr("Time left"), formatTimeLeft(expiresIn)},
        {Text::tr("Lifetime"), QStringLiteral("%1 s").arg(s.lifetimeSeconds)},
        {Text::tr("Created at"), formatLocalTime(s.createdAt)},
        {Text::tr("Refreshed at"), formatLocalTime(s.refreshedAt)},
        {Text::tr("Auto-refresh"), yesNo(s.autoRefresh)},
        {Text::tr("Server state"), serverStateName(s.serverState)},
        {Text::tr("Signature verified"), yesNo(s.signatureVerified)},
        {Text::tr("Last error"), orDash(s.lastError)},
        {Text::tr("Token"), QString::fromLatin1(s.token.raw)},
    });
    if (wallets && wallets->ok()) {
        context.out().line(Text::tr("Wallets:"));
        const QStringList lines = walletsText(wallets->value());
        for (const QString& line : lines)
            context.out().line(line);
    } else if (wallets) {
        context.out().line(Text::tr("Wallets: could not be loaded: %1").arg(wallets->error().message));
    }
    context.succeed();
}

} // namespace ws::cli
