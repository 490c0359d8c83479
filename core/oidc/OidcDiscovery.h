#pragma once

#include "Result.h"
#include "oidc/OidcTypes.h"

namespace ws::oidc {

// {issuer}/.well-known/openid-configuration (OpenID Connect Discovery 1.0 §4).
QUrl discoveryUrl(const QUrl& issuer);

// Parses a discovery document. Its `issuer` must be the configured one (trailing '/' aside, §4.3),
// and every endpoint must be https (http only on loopback), the same policy as the API.
Result<ProviderMetadata> parseDiscovery(const QByteArray& json, const QUrl& configuredIssuer);

} // namespace ws::oidc
