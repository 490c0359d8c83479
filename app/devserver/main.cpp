// wallet-sessions-devserver: a local Turnkey-compatible API for demos, scripts and tests.
// Prints one JSON line on start ({"url","organizationId","userId","notarizerPublicKey"[,"apiPublicKey",
// "apiPrivateKey"]}) so callers can find it and log in; the key pair is a throwaway made for --demo.

#include "Clock.h"
#include "DevServer.h"
#include "SeedLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <cstdio>

namespace {

int fail(const QString& message, int exitCode) {
    std::fprintf(stderr, "wallet-sessions-devserver: %s\n", qPrintable(message));
    return exitCode;
}

bool parseNonNegative(const QString& text, int* out) {
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return false;
    *out = value;
    return true;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wallet-sessions-devserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ws", "A local stand-in for Turnkey's session API, for demos and tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(
        QStringLiteral("host"),
        QCoreApplication::translate("ws", "Loopback address to listen on (default 127.0.0.1)."),
        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QCoreApplication::translate("ws", "Port to listen on; 0 picks a free one (default)."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption seedFile(
        QStringLiteral("seed"),
        QCoreApplication::translate("ws", "JSON file with organizations, users and API keys."),
        QStringLiteral("file"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("ws", "Create a demo organization, user and API key pair, "
                                          "and print the key pair on start."));
    const QCommandLineOption latency(
        QStringLiteral("latency"),
        QCoreApplication::translate("ws", "Delay every API reply by this many milliseconds."),
        QStringLiteral("ms"));
    const QCommandLineOption failNext(
        QStringLiteral("fail-next"),
        QCoreApplication::translate("ws", "Answer the next N API requests with HTTP STATUS."),
        QStringLiteral("status:n"));
    const QCommandLineOption pendingPolls(
        QStringLiteral("pending-polls"),
        QCoreApplication::translate(
            "ws", "The first activity stays ACTIVITY_STATUS_PENDING for N get_activity polls."),
        QStringLiteral("n"));
    const QCommandLineOption skew(
        QStringLiteral("max-skew-seconds"),
        QCoreApplication::translate("ws", "Accepted distance of timestampMs from now (default 300)."),
        QStringLiteral("seconds"), QStringLiteral("300"));
    const QCommandLineOption logStamps(
        QStringLiteral("log-stamps"),
        QCoreApplication::translate("ws", "Print one line per API request on stderr: its path, the public "
                                          "key that stamped it and the status answered."));
    const QCommandLineOption otpLifetime(
        QStringLiteral("otp-code-lifetime-seconds"),
        QCoreApplication::translate("ws", "How long a one-time code of the Auth Proxy works (default 300)."),
        QStringLiteral("seconds"), QStringLiteral("300"));
    parser.addOptions(
        {host, port, seedFile, demo, latency, failNext, pendingPolls, skew, logStamps, otpLifetime});
    parser.process(app);

    ws::devserver::DevServerConfig config;
    config.demo = parser.isSet(demo);
    if (parser.isSet(seedFile)) {
        auto seed = ws::devserver::seed::readFile(parser.value(seedFile));
        if (!seed)
            return fail(seed.error().message, 2);
        config.seed = *seed;
    }
    if (!config.demo && !parser.isSet(seedFile))
        return fail(QCoreApplication::translate("ws", "give --demo or --seed FILE (or both)"), 2);
    int number = 0;
    if (parser.isSet(latency)) {
        if (!parseNonNegative(parser.value(latency), &number))
            return fail(QCoreApplication::translate("ws", "--latency wants milliseconds, got '%1'")
                            .arg(parser.value(latency)),
                        2);
        config.faults.latencyMs = number;
    }
    if (parser.isSet(failNext)) {
        const QStringList parts = parser.value(failNext).split(QLatin1Char(':'));
        int status = 0;
        int count = 1;
        if (parts.isEmpty() || parts.size() > 2 || !parseNonNegative(parts.at(0), &status) || status < 100 ||
            status > 599 || (parts.size() == 2 && !parseNonNegative(parts.at(1), &count)))
            return fail(
                QCoreApplication::translate("ws", "--fail-next wants STATUS:N such as 503:2, got '%1'")
                    .arg(parser.value(failNext)),
                2);
        config.faults.failStatus = status;
        config.faults.failCount = count;
    }
    if (parser.isSet(pendingPolls)) {
        if (!parseNonNegative(parser.value(pendingPolls), &number))
            return fail(QCoreApplication::translate("ws", "--pending-polls wants a count, got '%1'")
                            .arg(parser.value(pendingPolls)),
                        2);
        config.faults.pendingPolls = number;
    }
    if (!parseNonNegative(parser.value(skew), &number))
        return fail(QCoreApplication::translate("ws", "--max-skew-seconds wants seconds, got '%1'")
                        .arg(parser.value(skew)),
                    2);
    config.maxTimestampSkewMs = static_cast<qint64>(number) * 1000;
    if (!parseNonNegative(parser.value(otpLifetime), &number) || number == 0)
        return fail(QCoreApplication::translate("ws", "--otp-code-lifetime-seconds wants seconds, got '%1'")
                        .arg(parser.value(otpLifetime)),
                    2);
    config.otpCodeLifetimeMs = static_cast<qint64>(number) * 1000;

    QHostAddress address;
    if (parser.value(host) == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(parser.value(host)))
        return fail(
            QCoreApplication::translate("ws", "--host '%1' is not an IP address").arg(parser.value(host)), 2);
    // The demo key pair and the admin endpoint are meant for this machine only.
    if (!address.isLoopback())
        return fail(
            QCoreApplication::translate("ws", "refusing to listen on %1: only loopback addresses are allowed")
                .arg(address.toString()),
            2);
    int portNumber = 0;
    if (!parseNonNegative(parser.value(port), &portNumber) || portNumber > 65535)
        return fail(
            QCoreApplication::translate("ws", "--port wants 0-65535, got '%1'").arg(parser.value(port)), 2);

    const ws::SystemClock clock;
    ws::devserver::DevServer server(std::move(config), clock);
    if (auto listening = server.listen(address, static_cast<quint16>(portNumber)); !listening)
        return fail(listening.error().message, 1);

    if (parser.isSet(logStamps)) {
        QObject::connect(&server, &ws::devserver::DevServer::requestStamped, &server,
                         [](const ws::devserver::StampLog::Entry& entry) {
                             std::fprintf(stderr, "%s\n",
                                          qPrintable(ws::devserver::StampLog::describe(entry)));
                             std::fflush(stderr);
                         });
    }

    QByteArray line = QJsonDocument(server.startupInfo(parser.isSet(demo))).toJson(QJsonDocument::Compact);
    line += '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
    ws::secureWipe(line);
    return app.exec();
}
