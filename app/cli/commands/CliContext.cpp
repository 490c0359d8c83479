#include "CliContext.h"

#include "ConfigResolution.h"
#include "ExitCodes.h"
#include "api/TurnkeyClient.h"
#include "keychain/KeychainStore.h"
#include "session/SessionManager.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>

namespace ws::cli {

CliContext::CliContext(GlobalOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_output(m_options.json) {}

// The manager refers to the services: destroy it first.
CliContext::~CliContext() {
    m_manager.reset();
    m_api.reset();
    m_keychain.reset();
    m_index.reset();
}

bool CliContext::setUp(const CommandNeeds& needs) {
    if (!needs.manager)
        return true;

    ApiConfig apiConfig;
    if (needs.api) {
        Result<ResolvedUrl> url = resolveApiUrl(m_options.apiUrl);
        if (!url) {
            if (!m_options.apiUrl.isEmpty())
                usage(url.error().message);
            else
                fail(url.error());
            return false;
        }
        apiConfig.baseUrl = url->url;
    }

    const QString directory =
        m_options.dataDir.isEmpty() ? SessionIndex::defaultDirectory() : m_options.dataDir;
    m_index = std::make_unique<SessionIndex>(directory);
    if (Result<void> opened = m_index->open(); !opened) {
        fail(opened.error().withContext(
            QCoreApplication::translate("ws", "opening the session index in '%1'").arg(directory)));
        return false;
    }
    if (!m_index->recoveryNotice().isEmpty())
        m_output.warning(m_index->recoveryNotice());

    m_keychain = std::make_unique<KeychainStore>(resolveKeychainService());
    if (needs.api)
        m_api = std::make_unique<TurnkeyClient>(apiConfig, m_clock);

    SessionManager::Options managerOptions;
    managerOptions.notarizerPublicKeyHex = resolveNotarizerKey();
    m_manager = std::make_unique<SessionManager>(*m_index, *m_keychain, m_api.get(), m_clock, managerOptions);
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
