#include "CliApplication.h"

#include "ApiCommand.h"
#include "ClearAllCommand.h"
#include "ClearCommand.h"
#include "CliContext.h"
#include "Command.h"
#include "ExecCommand.h"
#include "ExitCodes.h"
#include "KeysCleanCommand.h"
#include "KeysDeleteCommand.h"
#include "KeysGenerateCommand.h"
#include "KeysImportCommand.h"
#include "KeysListCommand.h"
#include "ListCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "Output.h"
#include "RefreshCommand.h"
#include "ServeCommand.h"
#include "ShowCommand.h"
#include "Suggest.h"
#include "Text.h"
#include "TokenDecodeCommand.h"
#include "TokenVerifyCommand.h"
#include "UseCommand.h"
#include "VerifyCommand.h"
#include "session/SessionManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

namespace ws::cli {

namespace {

const QString kProgram = QStringLiteral("wallet-sessions-cli");

// Accepted before the command and after it, so `list --json` and `--json list` both work.
void addGlobalOptions(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("data-dir"),
                      Text::tr("Where the session index lives (default: the app's data directory)."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("api-url"),
         Text::tr("Turnkey API base URL (default: $WALLET_SESSIONS_API_URL, else the app's setting, else "
                  "https://api.turnkey.com)."),
         QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("notarizer-key"),
         Text::tr("The notarizer's P-256 public key in hex that signs session JWTs (default: "
                  "$WALLET_SESSIONS_NOTARIZER_KEY, else the app's setting, else Turnkey's production "
                  "key)."),
         QStringLiteral("HEX")});
    parser.addOption({QStringLiteral("auth-proxy-url"),
                      Text::tr("Turnkey Auth Proxy URL for sign-in with a one-time code (default: "
                               "$WALLET_SESSIONS_AUTH_PROXY_URL, else the app's setting, else "
                               "https://authproxy.turnkey.com)."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("auth-proxy-config-id"),
         Text::tr("The Auth Proxy configuration id (default: $WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID, "
                  "else the app's setting; no default)."),
         QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("otp-signer-key"),
         Text::tr("The public key (hex) that signs the one-time-code enclave's bundles and tokens "
                  "(default: $WALLET_SESSIONS_OTP_SIGNER_KEY, else the app's setting, else Turnkey's "
                  "production key)."),
         QStringLiteral("HEX")});
    parser.addOption({QStringLiteral("json"),
                      Text::tr("Machine-readable output: JSON on stdout, errors as JSON on stderr.")});
    // main() reads it before the parser runs (library diagnostics are filtered from the start); it is
    // declared here so that it is accepted where the documentation says, before or after the command.
    parser.addOption(
        {QStringLiteral("verbose"),
         Text::tr("Print the library's diagnostic messages on stderr (also enabled by QT_LOGGING_RULES).")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")},
                      Text::tr("Show help (for a command: COMMAND --help).")});
    parser.addOption({QStringLiteral("help-all"), Text::tr("Show the help of every command.")});
}

QString optionsSection(const QCommandLineParser& parser) {
    const QString text = parser.helpText();
    const qsizetype at = text.indexOf(QLatin1String("Options:"));
    return at < 0 ? QString() : text.mid(at);
}

bool isGroup(const QString& word) {
    return word == QLatin1String("keys") || word == QLatin1String("token");
}

} // namespace

CliApplication::CliApplication(QObject* parent)
    : QObject(parent) {}

CliApplication::~CliApplication() {
    // The context owns the services the command's callbacks refer to.
    m_context.reset();
    m_command.reset();
}

QStringList CliApplication::commandNames() {
    return {QStringLiteral("login"),         QStringLiteral("list"),        QStringLiteral("show"),
            QStringLiteral("use"),           QStringLiteral("refresh"),     QStringLiteral("verify"),
            QStringLiteral("clear"),         QStringLiteral("clear-all"),   QStringLiteral("logout"),
            QStringLiteral("keys list"),     QStringLiteral("keys clean"),  QStringLiteral("keys delete"),
            QStringLiteral("keys generate"), QStringLiteral("keys import"), QStringLiteral("token decode"),
            QStringLiteral("token verify"),  QStringLiteral("api"),         QStringLiteral("serve"),
            QStringLiteral("exec")};
}

std::unique_ptr<Command> CliApplication::makeCommand(const QString& name) {
    if (name == QLatin1String("login"))
        return std::make_unique<LoginCommand>();
    if (name == QLatin1String("list"))
        return std::make_unique<ListCommand>();
    if (name == QLatin1String("show"))
        return std::make_unique<ShowCommand>();
    if (name == QLatin1String("use"))
        return std::make_unique<UseCommand>();
    if (name == QLatin1String("refresh"))
        return std::make_unique<RefreshCommand>();
    if (name == QLatin1String("verify"))
        return std::make_unique<VerifyCommand>();
    if (name == QLatin1String("clear"))
        return std::make_unique<ClearCommand>();
    if (name == QLatin1String("clear-all"))
        return std::make_unique<ClearAllCommand>();
    if (name == QLatin1String("logout"))
        return std::make_unique<LogoutCommand>();
    if (name == QLatin1String("keys list"))
        return std::make_unique<KeysListCommand>();
    if (name == QLatin1String("keys clean"))
        return std::make_unique<KeysCleanCommand>();
    if (name == QLatin1String("keys delete"))
        return std::make_unique<KeysDeleteCommand>();
    if (name == QLatin1String("keys generate"))
        return std::make_unique<KeysGenerateCommand>();
    if (name == QLatin1String("keys import"))
        return std::make_unique<KeysImportCommand>();
    if (name == QLatin1String("token decode"))
        return std::make_unique<TokenDecodeCommand>();
    if (name == QLatin1String("token verify"))
        return std::make_unique<TokenVerifyCommand>();
    if (name == QLatin1String("api"))
        return std::make_unique<ApiCommand>();
    if (name == QLatin1String("serve"))
        return std::make_unique<ServeCommand>();
    if (name == QLatin1String("exec"))
        return std::make_unique<ExecCommand>();
    return nullptr;
}

QString CliApplication::globalHelp() {
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")}, Text::tr("Show the version.")});
    QString text =
        Text::tr("Usage: %1 [global options] COMMAND [arguments] [options]\n\n"
                 "Manage the Turnkey wallet sessions stored by Wallet Sessions: the same index and keychain\n"
                 "entries as the desktop app, which shows changes made here within a second.\n\n")
            .arg(kProgram);
    text += optionsSection(parser).replace(QLatin1String("Options:"), Text::tr("Global options:"));
    text += QLatin1Char('\n') + Text::tr("Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    QList<QPair<QString, QString>> rows;
    for (const QString& name : commandNames()) {
        const std::unique_ptr<Command> command = makeCommand(name);
        const QString syntax = QString(name + QLatin1Char(' ') + command->argumentSyntax()).trimmed();
        width = std::max(width, syntax.size());
        rows.append({syntax, command->summary()});
    }
    for (const auto& [syntax, summary] : std::as_const(rows))
        text += QStringLiteral("  ") + syntax.leftJustified(width + 2) + summary + QLatin1Char('\n');
    text +=
        QLatin1Char('\n') +
        Text::tr("Environment:\n"
                 "  WALLET_SESSIONS_API_URL           API base URL when --api-url is not given\n"
                 "  WALLET_SESSIONS_KEYCHAIN_SERVICE  keychain service name (default: wallet-sessions)\n"
                 "  WALLET_SESSIONS_NOTARIZER_KEY     notarizer public key for JWT signature checks\n"
                 "  WALLET_SESSIONS_AUTH_PROXY_URL    Auth Proxy URL when --auth-proxy-url is not given\n"
                 "  WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID  Auth Proxy configuration id\n"
                 "  WALLET_SESSIONS_OTP_SIGNER_KEY    key that signs one-time-code bundles and tokens\n\n");
    text += exitCodeHelp();
    text += QLatin1Char('\n') +
            Text::tr("Run '%1 COMMAND --help' for the options of a command.").arg(kProgram) +
            QLatin1Char('\n');
    return text;
}

QString CliApplication::allHelp() const {
    QString text = globalHelp();
    for (const QString& name : commandNames()) {
        const std::unique_ptr<Command> command = makeCommand(name);
        QCommandLineParser parser;
        addGlobalOptions(parser);
        command->addOptions(parser);
        text += QStringLiteral("\n") + QString(72, QLatin1Char('-')) + QStringLiteral("\n") +
                commandHelp(*command, parser);
    }
    return text;
}

QString CliApplication::commandHelp(const Command& command, const QCommandLineParser& parser) const {
    QString text =
        Text::tr("Usage: %1 [global options] %2 [options]")
            .arg(kProgram, QString(command.name() + QLatin1Char(' ') + command.argumentSyntax()).trimmed()) +
        QStringLiteral("\n\n") + command.description() + QStringLiteral("\n\n") + optionsSection(parser);
    text += QLatin1Char('\n') + exitCodeHelp();
    return text;
}

void CliApplication::finishNow(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

void CliApplication::finishWithUsage(Output& out, const QString& message) {
    out.error(QStringLiteral("USAGE"), message + Text::tr(" (see %1 --help)").arg(kProgram), kExitUsage);
    finishNow(kExitUsage);
}

void CliApplication::start(const QStringList& arguments) {
    const QString program = arguments.value(0, kProgram);
    Output out(arguments.contains(QLatin1String("--json")));

    QCommandLineParser global;
    addGlobalOptions(global);
    global.addOption({{QStringLiteral("v"), QStringLiteral("version")}, Text::tr("Show the version.")});
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!global.parse(arguments)) {
        finishWithUsage(out, global.errorText());
        return;
    }
    QStringList rest = global.positionalArguments();
    if (global.isSet(QStringLiteral("version"))) {
        if (out.isJson())
            out.json(QJsonObject{{QStringLiteral("name"), kProgram},
                                 {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                                 {QStringLiteral("qtVersion"), QString::fromLatin1(qVersion())}});
        else
            out.line(
                QStringLiteral("%1 %2 (Qt %3)")
                    .arg(kProgram, QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
        finishNow(kExitOk);
        return;
    }
    if (global.isSet(QStringLiteral("help-all"))) {
        out.text(allHelp());
        finishNow(kExitOk);
        return;
    }
    bool helpRequested = global.isSet(QStringLiteral("help"));
    if (!rest.isEmpty() && rest.first() == QLatin1String("help")) {
        helpRequested = true;
        rest.removeFirst();
    }
    if (rest.isEmpty()) {
        if (helpRequested) {
            out.text(globalHelp());
            finishNow(kExitOk);
        } else {
            finishWithUsage(out, Text::tr("no command given"));
        }
        return;
    }

    QString name = rest.takeFirst();
    if (isGroup(name)) {
        if (rest.isEmpty() || rest.first().startsWith(QLatin1Char('-'))) {
            if (helpRequested || rest.contains(QLatin1String("--help")) ||
                rest.contains(QLatin1String("-h"))) {
                out.text(globalHelp());
                finishNow(kExitOk);
                return;
            }
            finishWithUsage(
                out, name == QLatin1String("keys")
                         ? Text::tr("'keys' needs a subcommand: list, clean, delete, generate or import")
                         : Text::tr("'token' needs a subcommand: decode or verify"));
            return;
        }
        name += QLatin1Char(' ') + rest.takeFirst();
    }
    m_command = makeCommand(name);
    if (!m_command) {
        QStringList candidates = commandNames();
        candidates << QStringLiteral("keys") << QStringLiteral("token");
        if (const QString guess = closestMatch(name, candidates); !guess.isEmpty()) {
            // Exactly one line, as git and cargo say it (issue 18).
            out.errorLine(QStringLiteral("USAGE"),
                          Text::tr("unknown command '%1'; did you mean '%2'?").arg(name, guess), kExitUsage);
            finishNow(kExitUsage);
            return;
        }
        finishWithUsage(out, Text::tr("unknown command '%1'").arg(name));
        return;
    }

    m_parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser& parser = *m_parser;
    addGlobalOptions(parser);
    m_command->addOptions(parser);
    if (!parser.parse(QStringList{program} + rest)) {
        finishWithUsage(out, QStringLiteral("%1: %2").arg(name, parser.errorText()));
        return;
    }
    if (helpRequested || parser.isSet(QStringLiteral("help"))) {
        out.text(commandHelp(*m_command, parser));
        finishNow(kExitOk);
        return;
    }

    GlobalOptions options;
    const auto pick = [&](const QString& option) {
        return parser.isSet(option) ? parser.value(option) : global.value(option);
    };
    options.dataDir = pick(QStringLiteral("data-dir"));
    options.apiUrl = pick(QStringLiteral("api-url"));
    for (ConfigKey key : {ConfigKey::NotarizerKey, ConfigKey::AuthProxyUrl, ConfigKey::AuthProxyConfigId,
                          ConfigKey::OtpSignerKey}) {
        // "--auth-proxy-url" -> "auth-proxy-url"
        const QString option = QString::fromLatin1(configKeyNames(key).option).mid(2);
        options.settings.insert(key, pick(option));
    }
    options.json = global.isSet(QStringLiteral("json")) || parser.isSet(QStringLiteral("json"));
    out.setJson(options.json);
    options.verbose = global.isSet(QStringLiteral("verbose")) || parser.isSet(QStringLiteral("verbose"));
    out.setVerbose(options.verbose);

    const qsizetype count = parser.positionalArguments().size();
    if (count < m_command->minArguments()) {
        finishWithUsage(out, Text::tr("%1 needs %2").arg(name, m_command->argumentSyntax()));
        return;
    }
    if (count > m_command->maxArguments()) {
        finishWithUsage(out, Text::tr("%1: unexpected argument '%2'")
                                 .arg(name, parser.positionalArguments().value(m_command->maxArguments())));
        return;
    }
    if (Result<void> valid = m_command->validate(parser); !valid) {
        finishWithUsage(out, QStringLiteral("%1: %2").arg(name, valid.error().message));
        return;
    }

    m_context = std::make_unique<CliContext>(options);
    connect(m_context.get(), &CliContext::finished, this, [this](int code) { finishNow(code); });
    const CommandNeeds needs = m_command->needs(parser);
    if (!m_context->setUp(needs))
        return;
    if (!needs.recover) {
        m_command->run(*m_context, parser);
        return;
    }
    // Finish what an interrupted run (of this CLI or the GUI) left behind before changing anything.
    CliContext* context = m_context.get();
    context->manager().recover(context, [this, context](Result<CleanupReport> report) {
        if (!report)
            context->addDeferredWarning(
                Text::tr("could not finish interrupted operations: %1").arg(report.error().message));
        else
            for (const Error& e : std::as_const(report->failures))
                context->addDeferredWarning(Text::tr("recovery: %1").arg(e.message));
        m_command->run(*context, *m_parser);
    });
}

} // namespace ws::cli
