#pragma once

#include <QString>
#include <chrono>

namespace ws::test {

// True when the run demands a real keyring (scripts/test sets WS_REQUIRE_KEYRING=1). Keychain tests
// that find no keyring must then FAIL, not skip: a skipped test counts as passed in CTest.
bool keyringRequired();

// A keychain service name unique to this test process, so tests never touch a user's real entries
// and parallel test executables never see each other's entries.
QString uniqueTestService(const QString& suite);

// Directory of the built executables (bin/), from WS_BIN_DIR set by CTest.
QString binDir();

// How much slower than a plain build this one runs: WS_TEST_TIME_SCALE, which CTest sets from the
// CMake variable of the same name (3 in the ASan+UBSan build, else 1; tests/CMakeLists.txt). An
// instrumented CLI, devserver and test are each 2-3x slower, so a fixed wait for one of them that has
// headroom in the plain build may not under the sanitizers. Only waits (how long to give a process
// or a reply before calling it hung) are scaled, never what a test asserts about the code's own
// timing. Unset, empty or not a whole number >= 1 reads as 1.
int timeScale();
// `ms` times timeScale(): for every such wait in the shared harnesses.
int scaledMs(int ms);
std::chrono::milliseconds scaled(std::chrono::milliseconds ms);

} // namespace ws::test

// Inside a test function: fail (under scripts/test) or skip (a developer's bare shell) when the
// keychain does not answer. Use in initTestCase() after probing.
#define WS_REQUIRE_KEYRING_OR_SKIP(ok, why)                                                                  \
    do {                                                                                                     \
        if (!(ok)) {                                                                                         \
            if (ws::test::keyringRequired())                                                                 \
                QFAIL(qPrintable(QStringLiteral("no usable keyring, and WS_REQUIRE_KEYRING is set: ") +      \
                                 (why)));                                                                    \
            QSKIP(qPrintable(QStringLiteral("no usable keyring (run under scripts/test): ") + (why)));       \
        }                                                                                                    \
    } while (false)
