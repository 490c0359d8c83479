#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ws {

class P256KeyPair;

// The one-time code's trip to the OTP enclave (turnkey-protocol.md §2.5 step 3), byte-compatible with
// @turnkey/crypto's encryptOtpCodeToBundle.
namespace otpbundle {

// Checks the target bundle {enclaveQuorumPublic, dataSignature, data} — enclaveQuorumPublic equal to
// `signerPublicKeyHex` exactly, dataSignature DER ECDSA over SHA-256 of the hex-decoded data, by that
// key (UNAUTHORIZED when not) — then HPKE-encrypts {"otp_code":…,"public_key":…} to data's targetPublic.
// Yields {"encappedPublic":"<uncompressed hex>","ciphertext":"<hex>"}.
Result<QByteArray> encryptOtpCode(QByteArrayView code, QByteArrayView targetBundle,
                                  QByteArrayView sessionPublicKeyHex, QByteArrayView signerPublicKeyHex);

// The enclave's side, for the devserver: a bundle for `targetPublicKeyHex` signed by `signer`...
Result<QByteArray> makeTargetBundle(const P256KeyPair& signer, QByteArrayView targetPublicKeyHex);

struct OtpPlaintext {
    SecureBytes code;
    QByteArray publicKey;
};
// ...and the decryption of what encryptOtpCode made, with the target key.
Result<OtpPlaintext> decrypt(const P256KeyPair& target, QByteArrayView encryptedBundle);

} // namespace otpbundle
} // namespace ws
