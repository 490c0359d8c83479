#pragma once

#include <QString>

namespace ws::test {

// True when the run demands a real keyring (scripts/test sets WS_REQUIRE_KEYRING=1). Keychain tests
// that find no keyring must then FAIL, not skip: a skipped test counts as passed in CTest.
bool keyringRequired();

// A keychain service name unique to this test process, so tests never touch a user's real entries
// and parallel test executables never see each other's entries.
QString uniqueTestService(const QString& suite);

// Directory of the built executables (bin/), from WS_BIN_DIR set by CTest.
QString binDir();

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
