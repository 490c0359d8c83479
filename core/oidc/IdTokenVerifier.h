#pragma once

#include "Result.h"
#include "oidc/Jwks.h"
#include "oidc/OidcTypes.h"

namespace ws::oidc {

// Checks an OpenID Connect id_token before anything is sent to Turnkey: the JWS signature (RS256 or
// ES256) against the provider's key set (by `kid`, or every key of the right type when the token
// names none), then `iss`, `aud` (and `azp` when there are several audiences), `exp` and `nonce`.
// Every refusal is UNAUTHORIZED with a message that names the failed check.
Result<IdTokenClaims> verifyIdToken(QByteArrayView idToken, const QList<Jwk>& keys,
                                    const ExpectedClaims& expected);

} // namespace ws::oidc
