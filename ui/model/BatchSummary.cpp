#include "BatchSummary.h"

#include <QCoreApplication>
#include <QStringList>

namespace ws {

QString summarizeBatch(const BatchReport& report, const QString& done) {
    QString message = done;
    if (const int skipped = report.skippedCount(); skipped > 0)
        message += QStringLiteral("; ") +
                   QCoreApplication::translate("ws", "%n skipped (expired or revoked: log in again)", nullptr,
                                               skipped);
    if (const int cancelled = report.cancelledCount(); cancelled > 0)
        message += QStringLiteral("; ") +
                   QCoreApplication::translate("ws", "stopped before %n more", nullptr, cancelled);
    if (const int failed = report.failureCount(); failed > 0) {
        QStringList failures;
        for (const SessionOutcome& o : report.outcomes) {
            if (o.failed())
                failures << QStringLiteral("'%1': %2").arg(o.sessionKey, o.result.error().message);
        }
        message += QStringLiteral("; ") + QCoreApplication::translate("ws", "%n failed: ", nullptr, failed) +
                   failures.join(QStringLiteral("; "));
    }
    return message;
}

} // namespace ws
