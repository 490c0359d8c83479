#include "CliContext.h"

#include "ExitCodes.h"
#include "app/ServiceFactory.h"
#include "app/SettingsFile.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>
#include <QSettings>
#include <memory>

namespace ws::cli {

CliContext::CliContext(GlobalOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_output(m_options.json) {
    m_output.setVerbose(m_options.verbose);
}

CliContext::~CliContext() = default;

ResolvedConfig CliContext::resolveConfig(const QHash<ConfigKey, QString>& commandOptions) const {
    // The GUI's settings file (~/.config/wallet-sessions/wallet-sessions.conf).
    const std::unique_ptr<QSettings> settings = openSettingsFile();
    ConfigResolver resolver(settings.get());
    resolver.setOption(ConfigKey::ApiUrl, m_options.apiUrl);
    resolver.setOption(ConfigKey::DataDir, m_options.dataDir);
    for (auto it = m_options.settings.begin(); it != m_options.settings.end(); ++it)
        resolver.setOption(it.key(), it.value());
    for (auto it = commandOptions.begin(); it != commandOptions.end(); ++it)
        resolver.setOption(it.key(), it.value());
    return resolver.resolve();
}

SessionIndex& CliContext::index() {
    return m_services->index();
}

SessionManager& CliContext::manager() {
    return m_services->manager();
}

AppServices& CliContext::services() {
    return *m_services;
}

bool CliContext::setUp(const CommandNeeds& needs) {
    if (!needs.manager)
        return true;

    const ResolvedConfig resolved = resolveConfig();
    // Only an online command needs the API URL: `list` works with a broken one.
    if (needs.api) {
        if (Result<void> url = resolved.check(ConfigKey::ApiUrl); !url) {
            if (!m_options.apiUrl.isEmpty())
                usage(url.error().message);
            else
                fail(url.error());
            return false;
        }
    }

    const ServiceFactory factory(resolved.config, m_clock);
    m_services =
        factory.create(needs.api ? ServiceFactory::Network::Online : ServiceFactory::Network::Offline);
    if (Result<void> opened = m_services->openIndex(); !opened) {
        fail(opened.error().withContext(QCoreApplication::translate("ws", "opening the session index in '%1'")
                                            .arg(m_services->dataDirectory())));
        return false;
    }
    if (!m_services->index().recoveryNotice().isEmpty())
        m_output.warning(m_services->index().recoveryNotice());
    return true;
}

void CliContext::succeed() {
    for (const QString& w : std::as_const(m_deferredWarnings))
        m_output.warning(w);
    finish(kExitOk);
}

void CliContext::fail(const Error& error) {
    fail(error, exitCodeFor(error));
}

void CliContext::fail(const Error& error, int exitCode) {
    if (m_finished)
        return;
    m_output.error(error, exitCode);
    finish(exitCode);
}

void CliContext::usage(const QString& message) {
    if (m_finished)
        return;
    m_output.error(QStringLiteral("USAGE"),
                   message + QCoreApplication::translate("ws", " (see wallet-sessions-cli --help)"),
                   kExitUsage);
    finish(kExitUsage);
}

void CliContext::finish(int exitCode) {
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

} // namespace ws::cli
