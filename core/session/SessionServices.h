#pragma once

#include "SessionManager.h"

namespace ws {

class Clock;
class SecretStore;
class SessionIndex;
class TurnkeyClient;

// What every flow of the manager works with. The manager is also the QObject every internal
// keychain/network callback is tied to, so nothing runs after it is gone.
struct SessionServices {
    SessionManager& manager;
    SessionIndex& index;
    SecretStore& secrets;
    TurnkeyClient* api;
    const Clock& clock;
    SessionManager::Options options;
};

} // namespace ws
