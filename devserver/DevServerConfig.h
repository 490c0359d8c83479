#pragma once

#include "FaultInjector.h"

#include <QJsonObject>

namespace ws::devserver {

struct DevServerConfig {
    // Organizations, users and API keys to start with (SeedLoader format). May be empty.
    QJsonObject seed;
    // Also create one organization, one user and a throwaway long-lived API key pair.
    bool demo = false;
    // How far a request's timestampMs may be from the server's clock, either way.
    qint64 maxTimestampSkewMs = 5 * 60 * 1000;
    // Turnkey's limit of expiring (session) API keys per user; beyond it the server evicts.
    int maxExpiringKeysPerUser = 10;
    // Faults active from the start (the executable's --latency / --fail-next / --pending-polls).
    FaultSettings faults;
    // The Auth Proxy's configuration id (X-Auth-Proxy-Config-ID); empty: a fresh one per instance.
    QString authProxyConfigId;
    // How long a one-time code works (the executable's --otp-code-lifetime-seconds); 0: five minutes.
    qint64 otpCodeLifetimeMs = 0;
};

} // namespace ws::devserver
