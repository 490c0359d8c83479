#include "ExecCommand.h"

#include "ExitCodes.h"
#include "ProxyFrontEnd.h"
#include "Text.h"
#include "UnixSignals.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace ws::cli {

namespace {
constexpr int kExitCannotRun = 127; // as a shell says it: the command could not be started
} // namespace

QString ExecCommand::summary() const {
    return Text::tr("Run a command with a stamping proxy for a session in its environment.");
}

QString ExecCommand::description() const {
    return Text::tr(
        "Starts the proxy of `serve` on a random loopback port for the lifetime of COMMAND and sets "
        "TURNKEY_API_BASE_URL, WALLET_SESSIONS_PROXY_TOKEN and TURNKEY_ORGANIZATION_ID in its "
        "environment; no private key is ever in it. Exits with COMMAND's status (128+N when a "
        "signal N ended it); signals are passed on to it. When the session ends, COMMAND is "
        "terminated and the exit code is 4.");
}

void ExecCommand::addOptions(QCommandLineParser& parser) const {
    proxyfrontend::addSessionAndAllowOptions(parser);
    parser.addPositionalArgument(QStringLiteral("COMMAND"), Text::tr("The program to run, after '--'."),
                                 QStringLiteral("-- COMMAND [ARGS...]"));
}

Result<void> ExecCommand::validate(const QCommandLineParser& parser) const {
    return proxyfrontend::validateAllow(parser);
}

void ExecCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QStringList command = parser.positionalArguments();
    proxy::ProxyService* service = proxyfrontend::makeService(context, parser, {}).release();
    auto* child = new QProcess(&context);
    auto* signals = new UnixSignals(&context);
    auto sessionEnded = std::make_shared<bool>(false);

    QObject::connect(signals, &UnixSignals::received, &context, [child](int sig) {
#ifdef Q_OS_UNIX
        if (child->state() != QProcess::NotRunning)
            ::kill(pid_t(child->processId()), sig);
#else
        Q_UNUSED(sig);
        child->terminate();
#endif
    });
    QObject::connect(service, &proxy::ProxyService::sessionEnded, &context,
                     [&context](const Error& reason) { context.out().warning(reason.message); });
    QObject::connect(service, &proxy::ProxyService::finished, &context,
                     [child, sessionEnded, &context](const Error& reason) {
                         *sessionEnded = true;
                         if (child->state() == QProcess::NotRunning)
                             return context.fail(reason, kExitUnauthorized);
                         child->terminate();
                     });
    QObject::connect(child, &QProcess::finished, &context,
                     [&context, service, sessionEnded](int exitCode, QProcess::ExitStatus status) {
                         service->stop();
                         if (*sessionEnded)
                             return context.finish(kExitUnauthorized);
                         // On Unix a crash's exit code is the signal's number.
                         context.finish(status == QProcess::CrashExit ? 128 + exitCode : exitCode);
                     });
    QObject::connect(
        child, &QProcess::errorOccurred, &context, [&context, service, command](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            service->stop();
            context.fail(Error(ErrorCode::InvalidInput,
                               Text::tr("cannot run '%1': %2")
                                   .arg(command.first(), Text::tr("not found or not executable"))),
                         kExitCannotRun);
        });

    service->start([&context, service, child, command](Result<void> started) {
        if (!started)
            return context.fail(started.error());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TURNKEY_API_BASE_URL"), service->url().toString());
        env.insert(QStringLiteral("WALLET_SESSIONS_PROXY_TOKEN"), QString::fromLatin1(service->token()));
        env.insert(QStringLiteral("TURNKEY_ORGANIZATION_ID"), service->organizationId());
        child->setProcessEnvironment(env);
        child->setProcessChannelMode(QProcess::ForwardedChannels);
        child->setInputChannelMode(QProcess::ForwardedInputChannel);
        child->start(command.first(), command.mid(1));
    });
}

} // namespace ws::cli
