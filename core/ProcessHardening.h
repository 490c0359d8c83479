#pragma once

#include <QString>

namespace ws {

// Keeps private keys out of core dumps. OpenSSL holds a signing key in its own internal form while a
// stamp is made, in memory we cannot wipe or mark ourselves, so a core dump of a process that handled
// a key can contain it. Called first thing in main() of every program that touches keys.
//
// Linux: RLIMIT_CORE 0 (no core file from the kernel) and PR_SET_DUMPABLE 0 (no core handed to a
// core_pattern pipe such as systemd-coredump or apport either, and no ptrace attach by other
// processes of the same user). Other Unix systems (macOS): RLIMIT_CORE 0. Windows writes no local
// dumps unless an administrator enabled Windows Error Reporting LocalDumps; nothing is done there.
struct CoreDumpProtection {
    bool coreLimitZero = false; // RLIMIT_CORE is 0 now
    bool notDumpable = false;   // PR_SET_DUMPABLE is 0 now (Linux only)
    QString problem;            // what could not be done, for --verbose logs; empty when all worked
};
CoreDumpProtection disableCoreDumps();

} // namespace ws
