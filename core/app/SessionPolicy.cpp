#include "SessionPolicy.h"

#include "Text.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdlib>

namespace ws {

namespace {

struct Unit {
    qint64 seconds;
    const char* terse; // "%1m"
    const char* words; // "%1 min"
};
constexpr Unit kUnits[] = {
    {86400, QT_TRANSLATE_NOOP("ws", "%1d"), QT_TRANSLATE_NOOP("ws", "%1 d")},
    {3600, QT_TRANSLATE_NOOP("ws", "%1h"), QT_TRANSLATE_NOOP("ws", "%1 h")},
    {60, QT_TRANSLATE_NOOP("ws", "%1m"), QT_TRANSLATE_NOOP("ws", "%1 min")},
    {1, QT_TRANSLATE_NOOP("ws", "%1s"), QT_TRANSLATE_NOOP("ws", "%1 s")},
};
constexpr std::size_t kUnitCount = sizeof(kUnits) / sizeof(kUnits[0]);

} // namespace

QString sessionStateName(SessionState state) {
    switch (state) {
    case SessionState::Valid:
        return QStringLiteral("valid");
    case SessionState::Expiring:
        return QStringLiteral("expiring");
    case SessionState::Expired:
        return QStringLiteral("expired");
    case SessionState::Revoked:
        return QStringLiteral("revoked");
    case SessionState::Revoking:
        return QStringLiteral("revoking");
    }
    return {};
}

SessionPolicy::SessionPolicy(std::chrono::seconds warnBefore, QObject* parent)
    : QObject(parent)
    , m_warnBefore(warnBefore) {}

void SessionPolicy::setWarnBefore(std::chrono::seconds warnBefore) {
    if (warnBefore == m_warnBefore)
        return;
    m_warnBefore = warnBefore;
    Q_EMIT changed();
}

// What the server said outranks the clock: a revoked session stays unusable even before its exp.
SessionState SessionPolicy::stateAt(const SessionInfo& session, qint64 nowSecs) const {
    return stateAt(session.serverState, session.token.claims.exp, nowSecs);
}

SessionState SessionPolicy::stateAt(ServerState serverState, qint64 expSecs, qint64 nowSecs) const {
    if (serverState == ServerState::Revoked)
        return SessionState::Revoked;
    if (serverState == ServerState::Revoking)
        return SessionState::Revoking;
    const qint64 left = expSecs - nowSecs;
    if (left <= 0)
        return SessionState::Expired;
    if (left <= m_warnBefore.count())
        return SessionState::Expiring;
    return SessionState::Valid;
}

bool SessionPolicy::isExpiredAt(const SessionInfo& session, qint64 nowSecs) {
    return session.token.claims.exp <= nowSecs;
}

bool SessionPolicy::isUsableAt(const SessionInfo& session, qint64 nowSecs) const {
    const SessionState state = stateAt(session, nowSecs);
    return state == SessionState::Valid || state == SessionState::Expiring;
}

bool SessionPolicy::isWithinWarning(qint64 remainingMSecs) const {
    return remainingMSecs > 0 && remainingMSecs <= m_warnBefore.count() * 1000;
}

qint64 SessionPolicy::nextChangeAfter(const SessionInfo& session, qint64 nowSecs) const {
    const qint64 exp = session.token.claims.exp;
    if (nowSecs < exp - m_warnBefore.count())
        return exp - m_warnBefore.count();
    if (nowSecs < exp)
        return exp;
    return 0;
}

QString formatDuration(qint64 seconds, DurationStyle style) {
    qint64 s = std::llabs(seconds);
    if (style == DurationStyle::WordsMinutes && s >= 60)
        s -= s % 60;
    std::size_t first = 0;
    while (first + 1 < kUnitCount && s < kUnits[first].seconds)
        ++first;
    const Unit& major = kUnits[first];
    const qint64 majorValue = s / major.seconds;
    if (style == DurationStyle::Terse) {
        QString text = Text::tr(major.terse).arg(majorValue);
        if (first + 1 < kUnitCount) {
            const Unit& minor = kUnits[first + 1];
            const qint64 minorValue = (s % major.seconds) / minor.seconds;
            text += QLatin1Char(' ') + Text::tr(minor.terse).arg(minorValue, 2, 10, QLatin1Char('0'));
        }
        return text;
    }
    QString text = Text::tr(major.words).arg(majorValue);
    if (first + 1 < kUnitCount) {
        const Unit& minor = kUnits[first + 1];
        if (const qint64 minorValue = (s % major.seconds) / minor.seconds; minorValue > 0)
            text += QLatin1Char(' ') + Text::tr(minor.words).arg(minorValue);
    }
    return text;
}

QString formatTimeLeft(qint64 secondsLeft, DurationStyle style) {
    if (style == DurationStyle::Terse)
        return secondsLeft > 0 ? formatDuration(secondsLeft, style)
                               : Text::tr("expired %1 ago").arg(formatDuration(secondsLeft, style));
    if (secondsLeft <= 0)
        return Text::tr("expired");
    return Text::tr("%1 left").arg(formatDuration(secondsLeft, style));
}

} // namespace ws
