#include "PasskeyStamp.h"

#include "crypto/WebAuthnStamp.h"

namespace ws::fido {

QString originOf(const PasskeySigner& signer) {
    return signer.origin.isEmpty() ? QStringLiteral("https://") + signer.rpId : signer.origin;
}

Result<QByteArray> stampWithPasskey(const PasskeySigner& signer, QByteArrayView body) {
    AssertionRequest request;
    request.rpId = signer.rpId;
    request.clientDataJson = webauthn::clientDataJson(webauthn::challengeFor(body), originOf(signer));
    request.pin = SecureBytes(signer.pin.view());
    request.timeoutMs = signer.timeoutMs;
    request.cancel = signer.cancel;
    request.account = signer.account;
    Result<webauthn::Assertion> assertion = getAssertion(request, signer.seam);
    if (!assertion)
        return assertion.error();
    return webauthn::headerValue(*assertion);
}

} // namespace ws::fido
