#include "RefreshCommand.h"

#include "CommandOptions.h"
#include "ExitCodes.h"
#include "Formatting.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ws::cli {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("ws", text);
}

// A session another process refreshed while this one tried is as fresh as if this one had: a
// success, said as what happened.
QString refreshedLine(const SessionInfo& s, const QDateTime& now) {
    const QString text = s.refreshedElsewhere
                             ? tr("Session '%1' was refreshed by another process; it expires at %2 (in %3).")
                             : tr("Refreshed '%1': expires at %2 (in %3).");
    return text.arg(s.sessionKey, formatLocalTime(s.token.claims.exp),
                    formatTimeLeft(s.token.claims.exp - now.toSecsSinceEpoch()));
}

QJsonObject refreshedJson(const SessionInfo& s, const QDateTime& now) {
    QJsonObject o = sessionDetailJson(s, now);
    o.insert(QStringLiteral("refreshedElsewhere"), s.refreshedElsewhere);
    return o;
}
} // namespace

QString RefreshCommand::summary() const {
    return tr("Refresh a session (default: the active one) or all sessions.");
}

void RefreshCommand::addOptions(QCommandLineParser& parser) const {
    parser.addPositionalArgument(QStringLiteral("SESSION_KEY"),
                                 tr("The session to refresh; the active one when omitted."),
                                 QStringLiteral("[SESSION_KEY]"));
    parser.addOption({QStringLiteral("all"), tr("Refresh every stored session, one after another.")});
    QCommandLineOption expiration = expirationSecondsOption();
    expiration.setDescription(
        tr("Lifetime of the refreshed session in seconds (default: its own lifetime)."));
    parser.addOption(expiration);
    parser.addOption(invalidateExistingOption());
}

Result<void> RefreshCommand::validate(const QCommandLineParser& parser) const {
    if (parser.isSet(QStringLiteral("all")) && !parser.positionalArguments().isEmpty())
        return Error(ErrorCode::InvalidInput, tr("give either a SESSION_KEY or --all, not both"));
    if (Result<QString> key = sessionKeyArgument(parser); !key)
        return key.error();
    if (Result<qint64> seconds = expirationSeconds(parser, 0); !seconds)
        return seconds.error();
    return {};
}

void RefreshCommand::run(CliContext& context, const QCommandLineParser& parser) {
    m_expirationSeconds = expirationSeconds(parser, 0).value();
    m_invalidateExisting = parser.isSet(QStringLiteral("invalidate-existing"));

    if (parser.isSet(QStringLiteral("all"))) {
        for (const SessionInfo& s : context.manager().getAllSessions())
            m_pending.append(s.sessionKey);
        refreshNext(context);
        return;
    }

    RefreshRequest request;
    request.sessionKey = parser.positionalArguments().value(0);
    request.expirationSeconds = m_expirationSeconds;
    request.invalidateExisting = m_invalidateExisting;
    context.manager().refreshSession(std::move(request), &context, [&context](Result<SessionInfo> result) {
        if (!result) {
            context.fail(result.error());
            return;
        }
        if (context.out().isJson())
            context.out().json(refreshedJson(*result, context.now()));
        else
            context.out().line(refreshedLine(*result, context.now()));
        context.succeed();
    });
}

// One at a time: each refresh is a network round trip plus keychain writes, and a sequence keeps
// the output in a stable order.
void RefreshCommand::refreshNext(CliContext& context) {
    if (m_pending.isEmpty()) {
        finishAll(context);
        return;
    }
    RefreshRequest request;
    request.sessionKey = m_pending.takeFirst();
    request.expirationSeconds = m_expirationSeconds;
    request.invalidateExisting = m_invalidateExisting;
    const QString key = request.sessionKey;
    context.manager().refreshSession(std::move(request), &context,
                                     [this, &context, key](Result<SessionInfo> result) {
                                         m_outcomes.append({key, std::move(result)});
                                         refreshNext(context);
                                     });
}

void RefreshCommand::finishAll(CliContext& context) {
    const QDateTime now = context.now();
    const Error* firstError = nullptr;
    QJsonArray array;
    for (const Outcome& o : std::as_const(m_outcomes)) {
        if (o.result) {
            if (!context.out().isJson())
                context.out().line(refreshedLine(*o.result, now));
            array.append(QJsonObject{{QStringLiteral("sessionKey"), o.sessionKey},
                                     {QStringLiteral("ok"), true},
                                     {QStringLiteral("session"), refreshedJson(*o.result, now)}});
            continue;
        }
        if (!firstError)
            firstError = &o.result.error();
        if (!context.out().isJson())
            context.out().line(tr("Failed to refresh '%1': %2").arg(o.sessionKey, o.result.error().message));
        array.append(QJsonObject{{QStringLiteral("sessionKey"), o.sessionKey},
                                 {QStringLiteral("ok"), false},
                                 {QStringLiteral("error"),
                                  QJsonObject{{QStringLiteral("code"), errorCodeName(o.result.error().code)},
                                              {QStringLiteral("message"), o.result.error().message}}}});
    }
    if (context.out().isJson())
        context.out().json(array);
    else if (m_outcomes.isEmpty())
        context.out().line(tr("No sessions to refresh."));
    if (!firstError) {
        context.succeed();
        return;
    }
    int failures = 0;
    for (const Outcome& o : std::as_const(m_outcomes))
        failures += o.result ? 0 : 1;
    context.fail(Error(firstError->code, tr("%1 of %2 sessions could not be refreshed; the first failure: %3")
                                             .arg(failures)
                                             .arg(m_outcomes.size())
                                             .arg(firstError->message)));
}

} // namespace ws::cli
