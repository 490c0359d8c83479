#pragma once

#include "Result.h"
#include "TpmKeys.h"

#include <QByteArrayView>

namespace ws::tpm {

// An existing P-256 private key (64 hex digits, as an API key's) moved into the TPM: TPM2_Import under
// the storage key tpm2-openssl uses as the parent of its keys (the owner hierarchy's ECC P-256 primary),
// so the blob loads and signs exactly as a key made by generate() does. The TPM wraps it for itself;
// the imported object has no duplication policy, so it never leaves the TPM again, and the blob is
// useless on any other TPM. The scalar is wiped from every buffer this function fills.
//
// Errors: INVALID_INPUT for a scalar that is not a P-256 private key; KEYCHAIN_UNAVAILABLE (exit 6)
// naming the TPM, the cause and what to do for anything on the TPM's side.
Result<GeneratedKey> importKey(QByteArrayView privateKeyHex);

} // namespace ws::tpm
