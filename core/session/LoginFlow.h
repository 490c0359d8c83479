#pragma once

#include "SessionTypes.h"

#include <functional>
#include <memory>

namespace ws {

struct SessionServices;
class KeyLifecycle;
class StoreFlow;

// loginWithApiKey(): a new session key (recorded, then written to the keychain), stamp_login
// stamped with the user's API key, then the session is stored. The API private key lives in a
// P256KeyPair for the duration of the call and is wiped with it; it reaches the keychain only when
// the caller asked to remember it.
class LoginFlow {
public:
    LoginFlow(SessionServices& services, KeyLifecycle& keys, StoreFlow& store);
    void login(LoginRequest request, std::function<void(Result<QString>)> done);

private:
    struct Job;
    void createKey(const std::shared_ptr<Job>& job, KeyStoreKind store);
    void stamp(const std::shared_ptr<Job>& job);
    void names(const std::shared_ptr<Job>& job, const SessionToken& token);
    void remember(const std::shared_ptr<Job>& job, const SessionToken& token);
    void store(const std::shared_ptr<Job>& job, const SessionToken& token);
    void fail(const std::shared_ptr<Job>& job, const Error& error);

    SessionServices& m_services;
    KeyLifecycle& m_keys;
    StoreFlow& m_store;
};

} // namespace ws
