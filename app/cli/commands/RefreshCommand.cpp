#include "RefreshCommand.h"

#include "CommandOptions.h"
#include "ExitCodes.h"
#include "Formatting.h"
#include "SecurityKeyPrompt.h"
#include "Text.h"
#include "fido/PasskeyStamp.h"
#include "session/BatchJob.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace ws::cli {

namespace {

// A session another process refreshed while this one tried is as fresh as if this one had: a
// success, said as what happened.
QString refreshedLine(const SessionInfo& s, const QDateTime& now) {
    const QString text =
        s.refreshedElsewhere
            ? Text::tr("Session '%1' was refreshed by another process; it expires at %2 (in %3).")
            : Text::tr("Refreshed '%1': expires at %2 (in %3).");
    return text.arg(s.sessionKey, formatLocalTime(s.token.claims.exp),
                    formatTimeLeft(s.token.claims.exp - now.toSecsSinceEpoch()));
}

const QString kPublicKey = QStringLiteral("public-key");
const QString kStampWith = QStringLiteral("stamp-with");

bool isCompressedKeyHex(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^0[23][0-9a-fA-F]{64}$"));
    return pattern.match(text).hasMatch();
}

// --stamp-with: session (default) | api-key[:PUBLIC_KEY] | passkey. `wallet` (the SDK's Wallet
// stamper, which has no meaning for a desktop app) and anything else are usage errors.
Result<QPair<StampWith, QString>> parseStampWith(const QString& value) {
    if (value.isEmpty() || value == QLatin1String("session"))
        return qMakePair(StampWith::ApiKey, QString());
    if (value == QLatin1String("passkey"))
        return qMakePair(StampWith::Passkey, QString());
    if (value == QLatin1String("api-key"))
        return qMakePair(StampWith::RememberedApiKey, QString());
    if (value.startsWith(QLatin1String("api-key:"))) {
        const QString key = value.mid(8);
        if (!isCompressedKeyHex(key))
            return Error(
                ErrorCode::InvalidInput,
                Text::tr(
                    "--stamp-with api-key:PUBLIC_KEY wants a compressed P-256 public key (66 hex), got '%1'")
                    .arg(key));
        return qMakePair(StampWith::RememberedApiKey, key.toLower());
    }
    if (value == QLatin1String("wallet"))
        return Error(
            ErrorCode::InvalidInput,
            Text::tr(
                "--stamp-with wallet is not supported: a wallet stamper has no meaning here; use session, "
                "api-key[:PUBLIC_KEY] or passkey"));
    return Error(
        ErrorCode::InvalidInput,
        Text::tr("unknown --stamp-with value '%1': use session, api-key[:PUBLIC_KEY] or passkey").arg(value));
}

QJsonObject refreshedJson(const SessionInfo& s, const QDateTime& now) {
    QJsonObject o = sessionDetailJson(s, now);
    o.insert(QStringLiteral("refreshedElsewhere"), s.refreshedElsewhere);
    return o;
}
} // namespace

QString RefreshCommand::summary() const {
    return Text::tr("Refresh a session (default: the active one) or all sessions.");
}

void RefreshCommand::addOptions(QCommandLineParser& parser) const {
    parser.addPositionalArgument(QStringLiteral("SESSION_KEY"),
                                 Text::tr("The session to refresh; the active one when omitted."),
                                 QStringLiteral("[SESSION_KEY]"));
    parser.addOption({QStringLiteral("all"),
                      Text::tr("Refresh every stored session; expired and revoked ones are skipped.")});
    QCommandLineOption expiration = expirationSecondsOption();
    expiration.setDescription(
        Text::tr("Lifetime of the refreshed session in seconds (default: its own lifetime)."));
    parser.addOption(expiration);
    parser.addOption(invalidateExistingOption());
    parser.addOption(
        {kPublicKey,
         Text::tr("Refresh onto this held key (compressed hex, from `keys generate`; see `keys list`) "
                  "instead of a new one. Exit 3, nothing sent, when the app does not hold it."),
         QStringLiteral("HEX")});
    parser.addOption(
        {kStampWith,
         Text::tr("Who signs the refresh: session (the session's own key; default), api-key[:PUBLIC_KEY] "
                  "(an API key remembered at login for the session's organization; also renews an "
                  "expired session) or passkey (a security key). 'wallet' and other values are usage "
                  "errors; a stamper that cannot be used is exit 1 and nothing is sent."),
         QStringLiteral("STAMPER")});
    parser.addOption(
        {QStringLiteral("passkey-account"),
         Text::tr("With --stamp-with passkey: the account whose passkey signs, when the security key "
                  "holds several for the site; asked for when not given."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("rp-id"),
                      Text::tr("With --stamp-with passkey: the site the passkey was registered in (default: "
                               "the one the session was signed in with)."),
                      QStringLiteral("DOMAIN")});
}

Result<void> RefreshCommand::validate(const QCommandLineParser& parser) const {
    if (parser.isSet(QStringLiteral("all")) && !parser.positionalArguments().isEmpty())
        return Error(ErrorCode::InvalidInput, Text::tr("give either a SESSION_KEY or --all, not both"));
    // Each refresh would log out every other session, the ones the same batch just refreshed too.
    if (parser.isSet(QStringLiteral("all")) && parser.isSet(QStringLiteral("invalidate-existing")))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("--invalidate-existing cannot be combined with --all"));
    if (Result<QString> key = sessionKeyArgument(parser); !key)
        return key.error();
    if (Result<qint64> seconds = expirationSeconds(parser, 0); !seconds)
        return seconds.error();
    if (parser.isSet(kPublicKey)) {
        if (parser.isSet(QStringLiteral("all")))
            return Error(ErrorCode::InvalidInput, Text::tr("--public-key cannot be combined with --all"));
        if (!isCompressedKeyHex(parser.value(kPublicKey)))
            return Error(
                ErrorCode::InvalidInput,
                Text::tr("--public-key wants a compressed P-256 public key (66 hex, 02/03 prefix), got '%1'")
                    .arg(parser.value(kPublicKey)));
    }
    const auto stamper = parseStampWith(parser.value(kStampWith));
    if (!stamper)
        return stamper.error();
    if (parser.isSet(QStringLiteral("all")) && stamper.value().first != StampWith::ApiKey)
        return Error(ErrorCode::InvalidInput, Text::tr("--stamp-with cannot be combined with --all"));
    if (parser.isSet(QStringLiteral("rp-id")) && stamper.value().first != StampWith::Passkey)
        return Error(ErrorCode::InvalidInput, Text::tr("--rp-id goes with --stamp-with passkey"));
    if (parser.isSet(QStringLiteral("passkey-account")) && stamper.value().first != StampWith::Passkey)
        return Error(ErrorCode::InvalidInput, Text::tr("--passkey-account goes with --stamp-with passkey"));
    return {};
}

void RefreshCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const qint64 seconds = expirationSeconds(parser, 0).value();
    if (parser.isSet(QStringLiteral("all"))) {
        // The same batch the window and the tray run: bounded in flight, keys made ahead.
        BatchJob* job = context.manager().refreshAll(BatchRefreshOptions{seconds}, &context);
        QObject::connect(job, &BatchJob::finished, &context, [&context](const Result<BatchReport>& report) {
            if (!report) {
                context.fail(report.error());
                return;
            }
            finishAll(context, report.value());
        });
        return;
    }

    RefreshRequest request;
    request.sessionKey = parser.positionalArguments().value(0);
    request.expirationSeconds = seconds;
    request.invalidateExisting = parser.isSet(QStringLiteral("invalidate-existing"));
    request.publicKey = parser.value(kPublicKey).toLower();
    const auto stamper = parseStampWith(parser.value(kStampWith)).value();
    request.stampWith = stamper.first;
    request.stampPublicKey = stamper.second;
    const auto report = [&context](const Result<SessionInfo>& result) {
        if (!result) {
            context.fail(result.error());
            return;
        }
        if (context.out().isJson())
            context.out().json(refreshedJson(*result, context.now()));
        else
            context.out().line(refreshedLine(*result, context.now()));
        context.succeed();
    };
    if (request.stampWith != StampWith::Passkey)
        return context.manager().refreshSession(std::move(request), &context, report);
    // The security key signs: touch it (and give its PIN when it asks); the site is the session's own
    // when --rp-id does not name one.
    auto signer = std::make_shared<fido::PasskeySigner>();
    signer->rpId = parser.value(QStringLiteral("rp-id")).trimmed();
    signer->account = parser.value(QStringLiteral("passkey-account")).trimmed();
    const QString name = request.sessionKey.isEmpty() ? Text::tr("the active session") : request.sessionKey;
    runWithSecurityKey(
        context, signer, Text::tr("refresh %1").arg(name),
        [&context, request, report](std::shared_ptr<fido::PasskeySigner> with, PinTakeOver tookOver) {
            RefreshRequest attempt = request;
            attempt.passkey = std::move(with);
            context.manager().refreshSession(std::move(attempt), &context,
                                             [report, tookOver](Result<SessionInfo> result) {
                                                 if (tookOver(result ? nullptr : &result.error()))
                                                     return;
                                                 report(result);
                                             });
        });
}

namespace {
QJsonObject errorJson(const Error& error) {
    return QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)},
                       {QStringLiteral("message"), error.message}};
}
} // namespace

// Skipped sessions (expired or revoked: they need a new login) are listed but do not fail the run;
// any failed refresh does, with the first failure's exit code.
void RefreshCommand::finishAll(CliContext& context, const BatchReport& report) {
    const QDateTime now = context.now();
    const bool json = context.out().isJson();
    const Error* firstError = nullptr;
    QJsonArray array;
    for (const SessionOutcome& o : report.outcomes) {
        QJsonObject entry{{QStringLiteral("sessionKey"), o.sessionKey},
                          {QStringLiteral("ok"), o.succeeded()}};
        if (o.succeeded()) {
            const Result<SessionInfo> session = context.manager().getSession(o.sessionKey);
            entry.insert(QStringLiteral("outcome"), QStringLiteral("refreshed"));
            if (session) {
                SessionInfo info = session.value();
                info.refreshedElsewhere = o.refreshedElsewhere;
                entry.insert(QStringLiteral("session"), refreshedJson(info, now));
                if (!json)
                    context.out().line(refreshedLine(info, now));
            }
        } else if (o.status == SessionOutcome::Status::Skipped) {
            entry.insert(QStringLiteral("outcome"), QStringLiteral("skipped"));
            entry.insert(QStringLiteral("reason"), errorJson(o.result.error()));
            if (!json)
                context.out().line(Text::tr("Skipped '%1': %2").arg(o.sessionKey, o.result.error().message));
        } else {
            if (!firstError)
                firstError = &o.result.error();
            entry.insert(QStringLiteral("outcome"), QStringLiteral("failed"));
            entry.insert(QStringLiteral("error"), errorJson(o.result.error()));
            if (!json)
                context.out().line(
                    Text::tr("Failed to refresh '%1': %2").arg(o.sessionKey, o.result.error().message));
        }
        array.append(entry);
    }
    if (json)
        context.out().json(array);
    else if (report.outcomes.isEmpty())
        context.out().line(Text::tr("No sessions to refresh."));
    if (!firstError) {
        context.succeed();
        return;
    }
    context.fail(
        Error(firstError->code, Text::tr("%1 of %2 sessions could not be refreshed; the first failure: %3")
                                    .arg(report.failureCount())
                                    .arg(report.outcomes.size())
                                    .arg(firstError->message)));
}

} // namespace ws::cli
