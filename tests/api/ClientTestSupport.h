#pragma once

#include "Result.h"
#include "api/TurnkeyClient.h"
#include "crypto/P256KeyPair.h"

#include <QTest>
#include <memory>
#include <optional>

namespace ws::test {

// Collects one callback result and counts how often the callback ran.
template <typename T>
struct Waiter {
    std::optional<Result<T>> result;
    int calls = 0;

    Callback<T> callback() {
        return [this](Result<T> r) {
            ++calls;
            result.emplace(std::move(r));
        };
    }
    bool wait(int ms = 20000) {
        return QTest::qWaitFor([this] { return calls > 0; }, ms);
    }
    // Safe on success too, so a failing comparison reports instead of throwing bad_variant_access.
    Error error() const {
        if (!result)
            return Error(ErrorCode::Internal, QStringLiteral("the callback has not run"));
        if (result->ok())
            return Error(ErrorCode::Internal, QStringLiteral("expected an error, but the call succeeded"));
        return result->error();
    }
    bool ok() const { return result && result->ok(); }
    QString describe() const {
        if (!result)
            return QStringLiteral("no result");
        return result->ok() ? QStringLiteral("ok") : result->error().toString();
    }
};

inline TurnkeyClient::Signer makeSigner() {
    auto key = P256KeyPair::generate();
    if (!key)
        qFatal("cannot generate a P-256 key: %s", qPrintable(key.error().toString()));
    return std::make_shared<const P256KeyPair>(std::move(key.value()));
}

// Short timings so fault tests run fast; generous inactivity timeout and deadline so a loaded
// machine does not turn a pass into a timeout.
inline ApiConfig fastConfig(const QUrl& baseUrl) {
    ApiConfig config;
    config.baseUrl = baseUrl;
    config.retryBaseDelay = std::chrono::milliseconds(20);
    config.pollInterval = std::chrono::milliseconds(50);
    config.inactivityTimeout = std::chrono::seconds(20);
    config.deadline = std::chrono::seconds(60);
    return config;
}

} // namespace ws::test
