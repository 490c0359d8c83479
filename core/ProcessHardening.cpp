#include "ProcessHardening.h"

#include "Logging.h"

#include <QLoggingCategory>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace ws {

CoreDumpProtection disableCoreDumps() {
    CoreDumpProtection result;
#ifdef Q_OS_UNIX
    const rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) == 0)
        result.coreLimitZero = true;
    else
        result.problem =
            QStringLiteral("setrlimit(RLIMIT_CORE): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
#endif
#ifdef Q_OS_LINUX
    // RLIMIT_CORE alone does not stop a core_pattern pipe handler (systemd-coredump, apport) on all
    // kernels; a non-dumpable process gets no core at all.
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)
        result.notDumpable = true;
    else
        result.problem =
            QStringLiteral("prctl(PR_SET_DUMPABLE): %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
#endif
    if (!result.problem.isEmpty())
        qCWarning(lcProcess, "core dumps could not be disabled: %s", qUtf8Printable(result.problem));
    return result;
}

} // namespace ws
