#include "ServeCommand.h"

#include "ExitCodes.h"
#include "ProxyFrontEnd.h"
#include "Text.h"
#include "UnixSignals.h"
#include "proxy/ProxyPolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ws::cli {

namespace {

// "127.0.0.1:8080", "[::1]:8080", ":8080" or "8080" (127.0.0.1).
Result<QPair<QHostAddress, quint16>> parseListen(const QString& text) {
    const auto bad = [&] {
        return Error(ErrorCode::InvalidInput,
                     Text::tr("--listen '%1': expected 127.0.0.1:PORT or [::1]:PORT").arg(text));
    };
    QString host = QStringLiteral("127.0.0.1");
    QString port = text;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        if (host.isEmpty())
            host = QStringLiteral("127.0.0.1");
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number > 65535)
        return bad();
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return bad();
    if (!proxy::isLoopbackPeer(address))
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("--listen '%1': the proxy listens on loopback only (127.0.0.1 or ::1)").arg(text));
    return qMakePair(address, quint16(number));
}

Result<void> writeTokenFile(const QString& path, const QByteArray& token) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Storage, Text::tr("--token-file %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token + '\n');
    if (!file.commit())
        return Error(ErrorCode::Storage, Text::tr("--token-file %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

QString ServeCommand::summary() const {
    return Text::tr("Run a local proxy that stamps requests with a session's key (for scripts and tools).");
}

QString ServeCommand::description() const {
    return Text::tr(
        "Forwards POST /public/v1/query/* and /public/v1/submit/* to the API URL with an X-Stamp made "
        "by the session's key, and returns the answer unchanged. On TCP every request needs the "
        "printed token (Authorization: Bearer TOKEN). Keeps the session refreshed; exits 4 when the "
        "session is cleared, revoked or expires.");
}

void ServeCommand::addOptions(QCommandLineParser& parser) const {
    proxyfrontend::addSessionAndAllowOptions(parser);
    parser.addOption(
        {QStringLiteral("listen"),
         Text::tr("Listen on this loopback address and port (default 127.0.0.1 and a free port)."),
         QStringLiteral("HOST:PORT")});
    parser.addOption(
        {QStringLiteral("socket"),
         Text::tr("Listen on a Unix socket (mode 0600, in a private 0700 directory) instead of TCP."),
         QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("token-file"),
                      Text::tr("Write the token (43 characters and a newline) to FILE, mode 0600, instead of "
                               "printing it."),
                      QStringLiteral("FILE")});
}

Result<void> ServeCommand::validate(const QCommandLineParser& parser) const {
    if (parser.isSet(QStringLiteral("listen")) && parser.isSet(QStringLiteral("socket")))
        return Error(ErrorCode::InvalidInput, Text::tr("--listen and --socket exclude each other"));
    if (parser.isSet(QStringLiteral("listen"))) {
        if (auto listen = parseListen(parser.value(QStringLiteral("listen"))); !listen)
            return listen.error();
    }
    if (parser.isSet(QStringLiteral("socket")) && parser.value(QStringLiteral("socket")).isEmpty())
        return Error(ErrorCode::InvalidInput, Text::tr("--socket needs a path"));
    return proxyfrontend::validateAllow(parser);
}

void ServeCommand::run(CliContext& context, const QCommandLineParser& parser) {
    proxy::ProxyServiceOptions options;
    if (parser.isSet(QStringLiteral("socket"))) {
        options.transport = proxy::ProxyServiceOptions::Transport::UnixSocket;
        options.socketPath = parser.value(QStringLiteral("socket"));
    } else if (parser.isSet(QStringLiteral("listen"))) {
        const auto listen = parseListen(parser.value(QStringLiteral("listen")));
        options.address = listen->first;
        options.port = listen->second;
    }
    proxy::ProxyService* service = proxyfrontend::makeService(context, parser, options).release();
    auto* signals = new UnixSignals(&context);
    QObject::connect(signals, &UnixSignals::received, &context, [&context, service](int) {
        service->stop();
        context.succeed();
    });
    const QString tokenFile = parser.value(QStringLiteral("token-file"));
    const bool terminal = proxyfrontend::stdoutIsTerminal();
    QObject::connect(service, &proxy::ProxyService::requestHandled, &context,
                     [&context, terminal](const proxy::ProxyRequestLog& entry) {
                         if (terminal && !context.out().isJson())
                             context.out().line(proxyfrontend::summaryLine(entry));
                     });
    QObject::connect(service, &proxy::ProxyService::sessionEnded, &context,
                     [&context](const Error& reason) { context.out().warning(reason.message); });
    QObject::connect(
        service, &proxy::ProxyService::refreshFailed, &context, [&context](const Error& error, bool gaveUp) {
            context.out().warning(gaveUp
                                      ? Text::tr("auto-refresh gave up: %1").arg(error.message)
                                      : Text::tr("auto-refresh failed, will retry: %1").arg(error.message));
        });
    QObject::connect(service, &proxy::ProxyService::finished, &context,
                     [&context](const Error& reason) { context.fail(reason, kExitUnauthorized); });
    service->start([&context, service, tokenFile](Result<void> started) {
        if (!started)
            return context.fail(started.error());
        if (!tokenFile.isEmpty()) {
            if (Result<void> written = writeTokenFile(tokenFile, service->token()); !written) {
                service->stop();
                return context.fail(written.error());
            }
        }
        const QString where =
            service->socketPath().isEmpty() ? service->url().toString() : service->socketPath();
        if (context.out().isJson()) {
            QJsonObject o{{QStringLiteral("sessionKey"), service->sessionKey()},
                          {QStringLiteral("organizationId"), service->organizationId()}};
            if (service->socketPath().isEmpty()) {
                o.insert(QStringLiteral("url"), where);
                if (tokenFile.isEmpty())
                    o.insert(QStringLiteral("token"), QString::fromLatin1(service->token()));
            } else {
                o.insert(QStringLiteral("socket"), where);
            }
            // One line, so a program reading the start-up line gets the whole object.
            context.out().text(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) +
                               QLatin1Char('\n'));
        } else {
            context.out().line(Text::tr("Serving session '%1' on %2").arg(service->sessionKey(), where));
            if (service->socketPath().isEmpty()) {
                if (tokenFile.isEmpty())
                    context.out().line(Text::tr("Token: %1").arg(QString::fromLatin1(service->token())));
                else
                    context.out().line(Text::tr("Token written to %1").arg(tokenFile));
                // not text: a shell command to paste, the same in every language
                context.out().line(QStringLiteral("export TURNKEY_API_BASE_URL=%1 TURNKEY_ORGANIZATION_ID=%2")
                                       .arg(where, service->organizationId()));
            }
            context.out().line(Text::tr("Press Ctrl+C to stop."));
        }
        std::fflush(stdout);
    });
}

} // namespace ws::cli
