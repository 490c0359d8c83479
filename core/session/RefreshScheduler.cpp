#include "RefreshScheduler.h"

#include "Clock.h"
#include "Logging.h"
#include "SessionManager.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <algorithm>

namespace ws {

namespace {

// A timer longer than this is re-armed on wake-up instead: QTimer runs on CLOCK_MONOTONIC, which
// stops during suspend, so a long timer fires late by the whole sleep when nobody calls replan().
constexpr qint64 kMaxSleepMs = 10 * 60 * 1000;
// Wall clock and monotonic time disagreeing by more than this between two wake-ups means the clock
// was set or the machine slept.
constexpr qint64 kJumpToleranceMs = 2000;
// A retry this close to expiry would race the expiry itself; give up instead.
constexpr qint64 kGiveUpMarginSecs = 5;
constexpr qint64 kMaxBackoffSecs = 60 * 60;

bool isTransient(ErrorCode code) {
    switch (code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::ServerError:
    case ErrorCode::RateLimited:
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::Busy:
        return true;
    default:
        return false;
    }
}

} // namespace

class RefreshScheduler::Impl {
public:
    // Per-session retry bookkeeping for one token (one exp); a new token starts afresh.
    struct Attempts {
        qint64 exp = 0;
        int failures = 0;
        qint64 nextAttemptSecs = 0; // 0: at exp - refreshBefore
        bool gaveUp = false;
    };

    Impl(RefreshScheduler* q, SessionManager& sessions, const Clock& clock, SchedulerOptions options)
        : q(q)
        , sessions(sessions)
        , clock(clock)
        , options(options) {}

    RefreshScheduler* q;
    SessionManager& sessions;
    const Clock& clock;
    SchedulerOptions options;
    QTimer timer;
    bool running = false;
    QDateTime nextWakeUp;
    QHash<QString, Attempts> attempts;
    QSet<QString> inFlight;
    QSet<QString> warned; // "key\nexp": warn once per token, so a refreshed session can be warned again
    QElapsedTimer monotonic;
    qint64 lastWallMs = 0;
    bool evaluating = false;
    bool evaluateAgain = false;

    static QString warnTag(const QString& key, qint64 exp) {
        return key + QLatin1Char('\n') + QString::number(exp);
    }

    void detectClockJump(qint64 wallMs) {
        if (!monotonic.isValid()) {
            monotonic.start();
            lastWallMs = wallMs;
            return;
        }
        const qint64 monoDelta = monotonic.restart();
        const qint64 wallDelta = wallMs - lastWallMs;
        lastWallMs = wallMs;
        const qint64 skew = wallDelta - monoDelta;
        if (std::abs(skew) <= kJumpToleranceMs)
            return;
        qCInfo(lcScheduler) << "wall clock moved" << skew / 1000 << "s against monotonic time"
                            << "(suspend or clock change); re-planning";
        // Deadlines are absolute wall-clock times, so a jump forward needs nothing more than this
        // evaluation. After a jump backward a back-off time can lie far in the future: retry now.
        if (skew < 0) {
            for (Attempts& a : attempts)
                a.nextAttemptSecs = 0;
        }
    }

    bool eligibleForRefresh(const SessionInfo& s, qint64 now) const {
        return options.autoRefreshEnabled && s.autoRefresh && s.serverState != ServerState::Revoked &&
               now < s.token.claims.exp &&
               (options.onlySessions.isEmpty() || options.onlySessions.contains(s.sessionKey));
    }

    // A lifetime shorter than twice the threshold would be refreshed again the moment it was
    // renewed; refresh such sessions at half-life instead.
    qint64 refreshLead(const SessionInfo& s) const {
        qint64 lead = options.refreshBefore.count();
        if (s.lifetimeSeconds > 0)
            lead = std::min(lead, s.lifetimeSeconds / 2);
        return lead;
    }

    void evaluate() {
        // Starting a refresh can emit sessionsChanged/refreshStateChanged synchronously, which
        // lands here again; run once more afterwards instead of nesting.
        if (evaluating) {
            evaluateAgain = true;
            return;
        }
        evaluating = true;
        do {
            evaluateAgain = false;
            evaluateOnce();
        } while (evaluateAgain);
        evaluating = false;
    }

    void evaluateOnce() {
        timer.stop();
        nextWakeUp = {};
        if (!running)
            return;
        const QDateTime nowTime = clock.now();
        detectClockJump(nowTime.toMSecsSinceEpoch());
        const qint64 now = nowTime.toSecsSinceEpoch();

        // Only expiry and settings matter here; a signature check per session per wake-up is waste.
        const QList<SessionInfo> all = sessions.getAllSessions(SessionManager::SignatureCheck::Skip);
        QSet<QString> present;
        qint64 earliest = std::numeric_limits<qint64>::max();
        QList<QString> due;

        for (const SessionInfo& s : all) {
            present.insert(s.sessionKey);
            const qint64 exp = s.token.claims.exp;
            Attempts& a = attempts[s.sessionKey];
            if (a.exp != exp)
                a = Attempts{exp, 0, 0, false};

            const bool willRefresh = eligibleForRefresh(s, now) && !a.gaveUp;
            if (willRefresh && !inFlight.contains(s.sessionKey) && !sessions.isRefreshing(s.sessionKey)) {
                const qint64 at = a.nextAttemptSecs > 0 ? a.nextAttemptSecs : exp - refreshLead(s);
                if (now >= at)
                    due.append(s.sessionKey);
                else
                    earliest = std::min(earliest, at);
            }

            // Only sessions nobody is going to refresh get the "expires soon" warning; the others
            // get one from autoRefreshFailed if refreshing fails for good.
            if (!willRefresh && now < exp) {
                const QString tag = warnTag(s.sessionKey, exp);
                const qint64 warnAt = exp - options.warnBefore.count();
                if (warned.contains(tag)) {
                    // already said
                } else if (now >= warnAt) {
                    warned.insert(tag);
                    Q_EMIT q->expiryWarning(s.sessionKey, exp - now);
                } else {
                    earliest = std::min(earliest, warnAt);
                }
            }
        }
        for (auto it = attempts.begin(); it != attempts.end();) {
            if (present.contains(it.key()))
                ++it;
            else
                it = attempts.erase(it);
        }

        for (const QString& key : due)
            inFlight.insert(key);
        for (const QString& key : due)
            startRefresh(key);

        if (earliest == std::numeric_limits<qint64>::max())
            return;
        nextWakeUp = QDateTime::fromSecsSinceEpoch(earliest, Qt::UTC);
        const qint64 delayMs =
            std::clamp<qint64>(earliest * 1000 - nowTime.toMSecsSinceEpoch(), 0, kMaxSleepMs);
        timer.start(static_cast<int>(delayMs));
    }

    void startRefresh(const QString& key) {
        qCInfo(lcScheduler) << "auto-refreshing" << key;
        RefreshRequest request;
        request.sessionKey = key;
        request.expirationSeconds = 0; // the session's own lifetime
        const qint64 exp = attempts.value(key).exp;
        sessions.refreshSession(request, q, [this, key, exp](Result<SessionInfo> result) {
            inFlight.remove(key);
            if (result.ok()) {
                attempts.remove(key);
                Q_EMIT q->autoRefreshSucceeded(key);
            } else {
                onFailure(key, exp, result.error());
            }
            evaluate();
        });
    }

    void onFailure(const QString& key, qint64 exp, const Error& error) {
        if (error.code == ErrorCode::NotFound || error.code == ErrorCode::NoSessionFound)
            return; // cleared while we were refreshing: nothing left to refresh or warn about
        Attempts& a = attempts[key];
        if (a.exp != exp)
            return; // the session got a new token meanwhile (a manual refresh won the race)
        const qint64 now = clock.nowSecs();
        const QString expiresAt = QDateTime::fromSecsSinceEpoch(exp, Qt::UTC)
                                      .toLocalTime()
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));

        if (isTransient(error.code)) {
            ++a.failures;
            const qint64 backoff = std::min<qint64>(
                options.initialBackoff.count() << std::min(a.failures - 1, 20), kMaxBackoffSecs);
            const qint64 next = now + std::max<qint64>(backoff, 1);
            if (next < exp - kGiveUpMarginSecs) {
                a.nextAttemptSecs = next;
                qCInfo(lcScheduler) << "auto-refresh of" << key << "failed transiently ("
                                    << errorCodeName(error.code) << "); retrying in" << backoff << "s";
                Q_EMIT q->autoRefreshFailed(key, error, false);
                return;
            }
        }
        a.gaveUp = true;
        Error final = error;
        if (error.code == ErrorCode::SessionExpired)
            final.message =
                tr("auto-refresh gave up: the server no longer accepts this session (%1); log in again")
                    .arg(error.message);
        else
            final.message =
                tr("auto-refresh gave up: the session expires at %1 (last error: %2); refresh it by hand "
                   "or log in again")
                    .arg(expiresAt, error.message);
        qCWarning(lcScheduler) << "auto-refresh of" << key << "gave up:" << errorCodeName(error.code);
        Q_EMIT q->autoRefreshFailed(key, final, true);
    }
};

RefreshScheduler::RefreshScheduler(SessionManager& sessions, const Clock& clock, SchedulerOptions options,
                                   QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this, sessions, clock, options)) {
    d->timer.setSingleShot(true);
    d->timer.setTimerType(Qt::PreciseTimer);
    connect(&d->timer, &QTimer::timeout, this, [this] { d->evaluate(); });
    connect(&sessions, &SessionManager::sessionsChanged, this, [this] { d->evaluate(); });
    // A manual refresh in progress holds back our own; when it ends (even failing) look again.
    connect(&sessions, &SessionManager::refreshStateChanged, this, [this](const QString&, bool refreshing) {
        if (!refreshing)
            d->evaluate();
    });
}

RefreshScheduler::~RefreshScheduler() = default;

void RefreshScheduler::setOptions(const SchedulerOptions& options) {
    d->options = options;
    d->evaluate();
}

SchedulerOptions RefreshScheduler::options() const {
    return d->options;
}

void RefreshScheduler::start() {
    d->running = true;
    d->evaluate();
}

void RefreshScheduler::stop() {
    d->running = false;
    d->evaluate();
}

void RefreshScheduler::replan() {
    d->evaluate();
}

QDateTime RefreshScheduler::nextWakeUp() const {
    return d->nextWakeUp;
}

} // namespace ws
