#include "ApiCommand.h"

#include "ExitCodes.h"
#include "ProxyFrontEnd.h"
#include "Text.h"
#include "api/TurnkeyClient.h"
#include "app/ServiceFactory.h"
#include "proxy/ProxyPolicy.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace ws::cli {

namespace {

// The path as given, or with /public/v1/ added to a short "query/whoami".
QString fullPath(const QString& given) {
    if (given.startsWith(QLatin1String("query/")) || given.startsWith(QLatin1String("submit/")))
        return QStringLiteral("/public/v1/") + given;
    return given;
}

Result<QByteArray> readData(const QString& data) {
    if (data == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error(ErrorCode::InvalidInput, Text::tr("--data -: cannot read standard input"));
        QByteArray bytes = in.read(proxy::kMaxBodyBytes + 1);
        if (bytes.size() > proxy::kMaxBodyBytes)
            return Error(ErrorCode::InvalidInput,
                         Text::tr("--data -: more than %1 bytes").arg(proxy::kMaxBodyBytes));
        return bytes;
    }
    if (data.startsWith(QLatin1Char('@'))) {
        QFile file(data.mid(1));
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::InvalidInput, Text::tr("--data %1: %2").arg(data, file.errorString()));
        if (file.size() > proxy::kMaxBodyBytes)
            return Error(ErrorCode::InvalidInput,
                         Text::tr("--data %1: more than %2 bytes").arg(data).arg(proxy::kMaxBodyBytes));
        return file.readAll();
    }
    return data.toUtf8();
}

} // namespace

QString ApiCommand::summary() const {
    return Text::tr("Send one API request stamped with a session's key and print the answer.");
}

QString ApiCommand::description() const {
    return Text::tr(
        "POSTs the body to the API URL + PATH (e.g. /public/v1/query/whoami), stamped with the "
        "session's key. A JSON object body without organizationId gets the session's; no body sends "
        "{\"organizationId\": …}. A submit/* activity is waited for (--no-wait prints it pending); "
        "a failed activity, or one that needs consensus, exits 1 with its status on stderr.");
}

void ApiCommand::addOptions(QCommandLineParser& parser) const {
    parser.addOption({QStringLiteral("session"),
                      Text::tr("The session to stamp with (default: the active one)."),
                      QStringLiteral("KEY")});
    parser.addOption(
        {{QStringLiteral("X"), QStringLiteral("method")},
         Text::tr("The HTTP method; only POST (the default) is accepted, as by the Turnkey API."),
         QStringLiteral("METHOD")});
    parser.addOption({QStringLiteral("data"),
                      Text::tr("The JSON body: inline, @FILE, or - for standard input."),
                      QStringLiteral("JSON")});
    parser.addOption(
        {QStringLiteral("no-wait"), Text::tr("Print a submitted activity as it is, without waiting.")});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 Text::tr("The API path, e.g. /public/v1/query/whoami."),
                                 QStringLiteral("PATH"));
}

Result<void> ApiCommand::validate(const QCommandLineParser& parser) const {
    if (parser.isSet(QStringLiteral("method")) &&
        parser.value(QStringLiteral("method")).compare(QLatin1String("POST"), Qt::CaseInsensitive) != 0)
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("-X %1: the Turnkey API accepts POST only").arg(parser.value(QStringLiteral("method"))));
    const QString path = fullPath(parser.positionalArguments().value(0));
    Result<QString> normalised = proxy::normalisePath(path.toUtf8());
    if (!normalised)
        return normalised.error();
    if (!proxy::AllowList().allows(*normalised))
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("%1 is not an API path (expected /public/v1/query/NAME or /public/v1/submit/NAME)")
                .arg(path));
    return {};
}

void ApiCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QString path = *proxy::normalisePath(fullPath(parser.positionalArguments().value(0)).toUtf8());
    const bool isSubmit = path.startsWith(QLatin1String("/public/v1/submit/"));
    const bool wait = isSubmit && !parser.isSet(QStringLiteral("no-wait"));
    QByteArray body;
    if (parser.isSet(QStringLiteral("data"))) {
        Result<QByteArray> read = readData(parser.value(QStringLiteral("data")));
        if (!read)
            return context.usage(read.error().message);
        body = *read;
    }
    QJsonParseError parseError{};
    const QJsonDocument given = body.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    if (!body.isEmpty() && parseError.error != QJsonParseError::NoError)
        return context.usage(Text::tr("--data is not JSON: %1 at offset %2")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset));

    context.manager().loadSessionSigner(
        parser.value(QStringLiteral("session")), &context,
        [&context, path, wait, body, given](Result<SessionSigner> signer) {
            if (!signer)
                return context.fail(signer.error());
            QByteArray toSend = body;
            if (body.isEmpty()) {
                toSend =
                    QJsonDocument(QJsonObject{{QStringLiteral("organizationId"), signer->organizationId}})
                        .toJson(QJsonDocument::Compact);
            } else if (given.isObject() && !given.object().contains(QStringLiteral("organizationId"))) {
                QJsonObject o = given.object();
                o.insert(QStringLiteral("organizationId"), signer->organizationId);
                toSend = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            context.services().api()->post(
                signer->key, path, toSend, wait, signer->organizationId, &context,
                [&context](Result<QJsonObject> reply) {
                    if (!reply) {
                        Error e = reply.error();
                        if (e.code == ErrorCode::SessionExpired)
                            e.message +=
                                Text::tr(" (refresh it with `wallet-sessions-cli refresh`, or log in again)");
                        return context.fail(e);
                    }
                    const bool pretty = proxyfrontend::stdoutIsTerminal();
                    context.out().text(QString::fromUtf8(QJsonDocument(*reply).toJson(
                        pretty ? QJsonDocument::Indented : QJsonDocument::Compact)));
                    if (!pretty)
                        context.out().line();
                    context.succeed();
                });
        });
}

} // namespace ws::cli
