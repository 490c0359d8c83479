#pragma once

#include "Error.h"
#include "Result.h"

#include <QString>
#include <mutex>

// What every use of the TPM shares (TpmKeys through OpenSSL's tpm2 provider, TpmImport through the
// TSS directly): one TPM operation of this process at a time, the device checks, and the one-line errors.
namespace ws::tpm::detail {

// A simulator serves one client at a time and a resource manager may be absent: one TPM operation of
// this process at a time.
std::mutex& tpmMutex();

// KEYCHAIN_UNAVAILABLE: "TPM 2.0 (<connection>): <cause>; <what to do>."
Error tpmError(const QString& cause, const QString& whatToDo);

// With no TPM2OPENSSL_TCTI: the device exists and this user may use it. Also quiets the TSS libraries'
// own logging of failed connections (our error says it in one line) unless the user set TSS2_LOG.
Result<void> checkDevice();

} // namespace ws::tpm::detail
