#pragma once

#include "Error.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <chrono>
#include <memory>

namespace ws {

class Clock;
class SessionManager;

struct SchedulerOptions {
    bool autoRefreshEnabled = true;
    std::chrono::seconds refreshBefore{60}; // refresh at exp - refreshBefore
    std::chrono::seconds warnBefore{120};   // warn at exp - warnBefore
    std::chrono::seconds initialBackoff{5}; // after a transient failure; doubled each time
    QStringList onlySessions; // non-empty: refresh these sessions only (a proxy keeps its own alive)
};

// Drives auto-refresh and expiry warnings for every stored session with one single-shot timer armed
// for the earliest deadline (never a per-second poll). Re-plans whenever the sessions change, and on
// replan() (call it after suspend/resume); a wall-clock jump is detected by comparing the clock with
// a monotonic timer at each wake-up. Transient failures back off exponentially; when the next
// attempt would land after expiry it gives up and says so. Expired sessions are never refreshed.
class RefreshScheduler : public QObject {
    Q_OBJECT
public:
    RefreshScheduler(SessionManager& sessions, const Clock& clock, SchedulerOptions options,
                     QObject* parent = nullptr);
    ~RefreshScheduler() override;

    void setOptions(const SchedulerOptions& options);
    SchedulerOptions options() const;
    void start();
    void stop();
    void replan();
    QDateTime nextWakeUp() const; // invalid when nothing is scheduled

Q_SIGNALS:
    void expiryWarning(const QString& sessionKey, qint64 secondsLeft);
    void autoRefreshSucceeded(const QString& sessionKey);
    // gaveUp: no further attempt will be made before the session expires.
    void autoRefreshFailed(const QString& sessionKey, const ws::Error& error, bool gaveUp);

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ws
