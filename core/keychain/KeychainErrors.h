#pragma once

#include "Error.h"

#include <QString>
#include <qt6keychain/keychain.h>

namespace ws::keychain {

enum class Operation { Read, Write, Delete, Probe };

// What a finished QtKeychain job means for the caller and for the store's health.
struct JobOutcome {
    bool ok = false;
    bool backendAnswered = false; // the keychain itself replied (even "not found" or "denied")
    Error error;
};

// Maps QtKeychain's error enum and text to the project's errors: no usable Secret Service (no backend,
// or an OtherError whose text names D-Bus or the secrets service, as QtKeychain reports it on Linux)
// -> KEYCHAIN_UNAVAILABLE with guidance, a refused prompt -> KEYCHAIN_DENIED, "not found" -> NOT_FOUND
// on read and success on delete/probe.
JobOutcome interpretJobResult(Operation op, const QString& entry, QKeychain::Error code, const QString& text);

// True when QtKeychain's text says there is no usable Secret Service (no bus, no daemon, no
// collection). In 0.13 these arrive as OtherError, not NoBackendAvailable.
bool looksLikeMissingBackend(const QString& text);

} // namespace ws::keychain
