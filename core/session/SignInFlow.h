#pragma once

#include "AttestationSource.h"
#include "SessionTypes.h"
#include "SignInHandle.h"

#include <functional>
#include <memory>
#include <set>

namespace ws {

struct SessionServices;
class KeyLifecycle;
class StoreFlow;

// signIn(): a sign-in that no API key stamps (one-time code, OpenID). The session key is made first
// (recorded Pending, then written to the keychain), the source attests it, stamp_login goes out with
// the X-Stamp-Attested stamp (parameters.publicKey = the session key), and the session is stored as any
// login's. Any failure or a cancel destroys the pending key and its record: nothing is left behind.
class SignInFlow {
public:
    SignInFlow(SessionServices& services, KeyLifecycle& keys, StoreFlow& store);
    SignInHandle signIn(SignInRequest request, std::shared_ptr<AttestationSource> source,
                        std::function<void(Result<QString>)> done);

private:
    struct Job;
    void createKey(const std::shared_ptr<Job>& job);
    void loadKey(const std::shared_ptr<Job>& job);
    void attest(const std::shared_ptr<Job>& job);
    void stamp(const std::shared_ptr<Job>& job);
    void names(const std::shared_ptr<Job>& job, const SessionToken& token);
    void store(const std::shared_ptr<Job>& job, const SessionToken& token);
    void cancel(const std::shared_ptr<Job>& job);
    void fail(const std::shared_ptr<Job>& job, const Error& error);
    void end(const std::shared_ptr<Job>& job);

    SessionServices& m_services;
    KeyLifecycle& m_keys;
    StoreFlow& m_store;
    // The running sign-ins, held here so that a source that keeps nothing (or is cancelled) cannot drop one
    // with its pending key.
    std::set<std::shared_ptr<Job>> m_running;
};

} // namespace ws
