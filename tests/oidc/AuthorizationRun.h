#pragma once

#include "Clock.h"
#include "oidc/OidcAuthorization.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

namespace ws::test {

// One OidcAuthorization in a test: started at once, its URL signal spied on, its outcome kept (the
// callback may outlive a moved-from Run, hence the shared slot).
struct AuthorizationRun {
    std::unique_ptr<oidc::OidcAuthorization> flow;
    std::unique_ptr<QSignalSpy> urls;
    std::shared_ptr<std::optional<Result<oidc::VerifiedIdToken>>> finished =
        std::make_shared<std::optional<Result<oidc::VerifiedIdToken>>>();

    static AuthorizationRun start(QNetworkAccessManager* nam, const Clock& clock,
                                  oidc::OidcAuthorization::Options options) {
        AuthorizationRun run;
        run.flow = std::make_unique<oidc::OidcAuthorization>(nam, clock, std::move(options));
        run.urls =
            std::make_unique<QSignalSpy>(run.flow.get(), &oidc::OidcAuthorization::authorizationUrlReady);
        run.flow->start(
            [out = run.finished](Result<oidc::VerifiedIdToken> result) { out->emplace(std::move(result)); });
        return run;
    }

    // The outcome, waited for up to 15 s (INTERNAL "the flow did not finish" after that).
    Result<oidc::VerifiedIdToken> result() const {
        if (!QTest::qWaitFor([this] { return finished->has_value(); }, 15000))
            return Error(ErrorCode::Internal, QStringLiteral("the flow did not finish"));
        return **finished;
    }
};

} // namespace ws::test
