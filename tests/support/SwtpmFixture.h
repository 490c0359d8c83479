#pragma once

#include "Result.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace ws::test {

// A software TPM (swtpm) on loopback for the TPM key tests: started on free ports with its state in
// a temporary directory, and stopped (by its own process, never by name) when destroyed. use() points
// this process's TPM2OPENSSL_TCTI at it; the child processes a test starts inherit it.
class SwtpmFixture {
public:
    SwtpmFixture() = default;
    ~SwtpmFixture();
    SwtpmFixture(const SwtpmFixture&) = delete;
    SwtpmFixture& operator=(const SwtpmFixture&) = delete;

    // Fails (never skips) when swtpm is missing or does not answer: scripts/test installs it.
    Result<void> start();
    QString tcti() const;
    void use() const;
    void stop();

private:
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// The TCTI of a TPM that is not there: a device path that cannot exist. (A loopback port nobody
// listened on a moment ago is not enough: under ctest -j another suite's swtpm or devserver may bind it,
// and a TPM client talking to a server that never answers waits for ever.)
QString unreachableTpmTcti();

} // namespace ws::test
