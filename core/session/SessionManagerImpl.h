#pragma once

#include "ClearFlow.h"
#include "KeyLifecycle.h"
#include "LoginFlow.h"
#include "Recovery.h"
#include "RefreshAll.h"
#include "RefreshFlow.h"
#include "Revocation.h"
#include "SessionManager.h"
#include "SessionServices.h"
#include "SignInFlow.h"
#include "StoreFlow.h"
#include "TokenVerifier.h"
#include "VerifyFlow.h"
#include "WalletsFlow.h"

namespace ws {

// The manager's parts, wired once. Each flow owns one job; the facade only routes calls and
// adapts their results to the caller's context.
class SessionManager::Impl {
public:
    Impl(SessionManager& q, SessionIndex& index, SecretStore& secrets, TurnkeyClient* api, const Clock& clock,
         Options options)
        : services{q, index, secrets, api, clock, options}
        , verifier(options.notarizerPublicKeyHex)
        , keys(services)
        , store(services, keys)
        , revocation(services, keys)
        , clear(services, keys, revocation)
        , refresh(services, keys)
        , refreshAll(services, refresh, keys)
        , login(services, keys, store)
        , signIn(services, keys, store)
        , verify(services, keys)
        , wallets(services, keys)
        , recovery(services, keys) {}

    SessionInfo describe(const IndexData& data, const SessionRecord& record,
                         bool verifySignature = true) const;

    SessionServices services;
    TokenVerifier verifier;
    KeyLifecycle keys;
    StoreFlow store;
    Revocation revocation;
    ClearFlow clear;
    RefreshFlow refresh;
    RefreshAll refreshAll;
    LoginFlow login;
    SignInFlow signIn;
    VerifyFlow verify;
    WalletsFlow wallets;
    Recovery recovery;
};

} // namespace ws
