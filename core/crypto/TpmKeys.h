#pragma once

#include "P256KeyPair.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ws::tpm {

// P-256 keys made and used inside a TPM 2.0 through OpenSSL 3's `tpm2` provider (tpm2-openssl). The
// private key never leaves the TPM; what the app keeps is the TPM-wrapped blob as a `TSS2 PRIVATE
// KEY` PEM, which only the TPM that made it can load.
//
// Every operation opens its own OpenSSL library context with the `tpm2` and `default` providers and
// frees it before returning, so no TPM connection stays open between operations (a simulator serves
// one client at a time, and a resource manager need not be running). Operations of this process are
// serialised for the same reason. The connection is the provider's: `TPM2OPENSSL_TCTI` when set,
// which is never overridden, else the TSS default (`/dev/tpmrm0`). Every call blocks on the TPM:
// call it off the GUI thread.
//
// Every failure is KEYCHAIN_UNAVAILABLE (exit 6, "key store unavailable") with one sentence naming
// the TPM, the cause and what to do.

struct GeneratedKey {
    QByteArray pem;          // "-----BEGIN TSS2 PRIVATE KEY-----..."
    QByteArray publicKeyHex; // compressed, 66 hex
};

// A new non-exportable P-256 key generated inside the TPM.
Result<GeneratedKey> generate();

// Loads `pem` into the TPM and signs `message` (ECDSA with SHA-256, DER), after checking the key is
// the one named by `expectedPublicKeyHex` (compressed hex).
Result<QByteArray> signDer(QByteArrayView pem, QByteArrayView expectedPublicKeyHex, QByteArrayView message);

// A signer over `pem` usable wherever a P256KeyPair is (stamps): each signature is one TPM operation.
// Nothing touches the TPM until the first signature.
P256KeyPair signerFor(QByteArray pem, QByteArray publicKeyHex);

// True when a keychain secret is a TPM key blob rather than a private key.
bool isKeyBlob(QByteArrayView secret);

// Where the TPM is reached, for messages: the TCTI string from TPM2OPENSSL_TCTI, else "/dev/tpmrm0".
QString connectionName();

} // namespace ws::tpm
