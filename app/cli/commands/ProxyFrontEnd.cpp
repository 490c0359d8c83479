#include "ProxyFrontEnd.h"

#include "Text.h"
#include "api/TurnkeyClient.h"
#include "app/ServiceFactory.h"
#include "proxy/ProxyPolicy.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace ws::cli::proxyfrontend {

namespace {} // namespace

void addSessionAndAllowOptions(QCommandLineParser& parser) {
    parser.addOption(
        {QStringLiteral("session"),
         Text::tr("The session to stamp with (default: the active one, resolved once at start)."),
         QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("allow"),
                      Text::tr("Forward only paths matching PATTERN ('*' within one segment), e.g. "
                               "/public/v1/query/*. Repeatable."),
                      QStringLiteral("PATTERN")});
}

Result<void> validateAllow(const QCommandLineParser& parser) {
    if (Result<proxy::AllowList> allow = proxy::AllowList::narrowedTo(parser.values(QStringLiteral("allow")));
        !allow)
        return allow.error();
    return {};
}

std::unique_ptr<proxy::ProxyService> makeService(CliContext& context, const QCommandLineParser& parser,
                                                 proxy::ProxyServiceOptions options) {
    const AppConfig config = context.resolveConfig().config;
    AppServices& services = context.services();
    options.sessionKey = parser.value(QStringLiteral("session"));
    options.allow = parser.values(QStringLiteral("allow"));
    options.apiBaseUrl = services.api()->baseUrl();
    options.scheduler.autoRefreshEnabled = config.autoRefresh;
    options.scheduler.refreshBefore = std::chrono::seconds(config.refreshBeforeSecs);
    options.scheduler.warnBefore = std::chrono::seconds(config.warnBeforeSecs);
    options.dataDirectory = services.index().directory();
    return std::make_unique<proxy::ProxyService>(services.manager(), services.index(), services.clock(),
                                                 std::move(options), &context);
}

QString summaryLine(const proxy::ProxyRequestLog& entry) {
    return QStringLiteral("%1 %2 %3 %4 %5 ms")
        .arg(entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")), QString::fromLatin1(entry.method),
             entry.path)
        .arg(entry.status)
        .arg(entry.durationMs);
}

bool stdoutIsTerminal() {
#ifdef Q_OS_UNIX
    return ::isatty(STDOUT_FILENO) == 1;
#else
    return false;
#endif
}

} // namespace ws::cli::proxyfrontend
