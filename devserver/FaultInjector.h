#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace ws::devserver {

// The faults the devserver can inject into the public API (never into /admin).
struct FaultSettings {
    int latencyMs = 0;  // every reply (and every drop) is delayed by this much
    int failStatus = 0; // answer the next failCount requests with this HTTP status...
    int failCount = 0;
    QByteArray failBody;  // ...and this body (empty: a Turnkey-style error body for the status)
    int dropCount = 0;    // close the connection without answering the next N requests
    int malformCount = 0; // process the next N requests, then send a truncated, unparsable body
    int pendingPolls = 0; // the next activity stays PENDING for this many get_activity polls

    QJsonObject toJson() const;
};

// Counts faults down as requests consume them. Drops and failures happen before the request is
// processed (no state changes); a malformed reply is the real reply, truncated, so the state did change
// (as when a response is lost on the way back).
class FaultInjector {
public:
    enum class Action { None, Drop, Fail };

    FaultSettings settings() const { return m_settings; }
    void set(const FaultSettings& settings) { m_settings = settings; }
    void reset() { m_settings = FaultSettings{}; }

    // Applies the JSON of POST /admin/faults on top of the current settings:
    // {latencyMs, failNext:{status,count,body?}, dropNext, malformNext, pendingPolls, reset}.
    Result<void> apply(const QJsonObject& request);

    int latencyMs() const { return m_settings.latencyMs; }
    Action takeRequestAction();
    QByteArray failBody() const { return m_settings.failBody; }
    int failStatus() const { return m_settings.failStatus; }
    bool takeMalform();
    // How many polls the activity being created must stay PENDING for (consumes the setting).
    int takePendingPolls();

    // What a malformed reply looks like: the first half of the real body, so it is not valid JSON.
    static QByteArray malformed(const QByteArray& body);

private:
    FaultSettings m_settings;
};

} // namespace ws::devserver
