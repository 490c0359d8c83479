#include "Logging.h"

namespace ws {

Q_LOGGING_CATEGORY(lcApi, "ws.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "ws.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "ws.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "ws.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRefresh, "ws.refresh", QtWarningMsg)
Q_LOGGING_CATEGORY(lcScheduler, "ws.scheduler", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProcess, "ws.process", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProxy, "ws.proxy", QtWarningMsg)

void enableVerboseLogging() {
    QLoggingCategory::setFilterRules(QStringLiteral("ws.*=true"));
}

} // namespace ws
