#include "SessionTableModel.h"

#include "Clock.h"
#include "widgets/ThemeColors.h"

#include <QColor>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <algorithm>
#include <limits>

namespace ws::ui {

namespace {
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

// Text colours that stay readable on the current palette's base: the light-theme shades vanish on a
// dark background, so a dark palette gets lighter ones.
QColor levelColor(RemainingLevel level) {
    switch (level) {
    case RemainingLevel::Warning:
        return warningTextColor(QGuiApplication::palette());
    case RemainingLevel::Expired:
        return errorTextColor(QGuiApplication::palette());
    case RemainingLevel::Stopped:
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    case RemainingLevel::Normal:
        break;
    }
    return {};
}

QString localTime(const QDateTime& t) {
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

// Names, not IDs (issue 18): the ID only while the server has not told us the name yet.
QString userName(const SessionInfo& s) {
    return s.username.isEmpty() ? s.token.claims.userId : s.username;
}

QString organizationName(const SessionInfo& s) {
    return s.organizationName.isEmpty() ? s.token.claims.organizationId : s.organizationName;
}

QString utcTime(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}
} // namespace

SessionTableModel::SessionTableModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock) {}

void SessionTableModel::setSessions(QList<SessionInfo> sessions) {
    const qint64 nowSecs = m_clock.nowSecs();
    if (m_sessions.isEmpty()) {
        // The first load (start-up with a large store): nothing to merge, so take the list as it is
        // instead of hashing it, copying every row into `added` and copying it again.
        if (sessions.isEmpty())
            return;
        beginInsertRows({}, 0, int(sessions.size()) - 1);
        m_sessions = std::move(sessions);
        rebuildIndex();
        m_statusCache.resize(m_sessions.size());
        for (int row = 0; row < m_sessions.size(); ++row)
            m_statusCache[row] = computeStatus(row, nowSecs);
        endInsertRows();
        refreshStatusCache(nowSecs);
        return;
    }

    QHash<QString, int> incoming;
    incoming.reserve(sessions.size());
    for (int i = 0; i < sessions.size(); ++i)
        incoming.insert(sessions[i].sessionKey, i);

    // Remove rows that are gone, as contiguous ranges from the bottom so row numbers stay valid.
    for (int row = int(m_sessions.size()) - 1; row >= 0;) {
        if (incoming.contains(m_sessions[row].sessionKey)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_sessions[first - 1].sessionKey))
            --first;
        beginRemoveRows({}, first, row);
        m_sessions.remove(first, row - first + 1);
        m_statusCache.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildIndex();

    QList<SessionInfo> added;
    for (const SessionInfo& s : sessions) {
        const int row = m_rowByKey.value(s.sessionKey, -1);
        if (row < 0) {
            added.append(s);
            continue;
        }
        SessionInfo& current = m_sessions[row];
        const bool same = current.token.raw == s.token.raw && current.token.claims == s.token.claims &&
                          current.active == s.active && current.serverState == s.serverState &&
                          current.lastError == s.lastError && current.refreshedAt == s.refreshedAt &&
                          current.lifetimeSeconds == s.lifetimeSeconds &&
                          current.autoRefresh == s.autoRefresh &&
                          current.signatureVerified == s.signatureVerified &&
                          current.username == s.username && current.organizationName == s.organizationName;
        if (same)
            continue;
        current = s;
        m_statusCache[row] = computeStatus(row, nowSecs);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        const int first = int(m_sessions.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const SessionInfo& s : std::as_const(added)) {
            m_sessions.append(s);
            m_statusCache.append(SessionStatus::Valid);
        }
        rebuildIndex();
        for (int row = first; row < m_sessions.size(); ++row)
            m_statusCache[row] = computeStatus(row, nowSecs);
        endInsertRows();
    }
    refreshStatusCache(nowSecs);
}

void SessionTableModel::setRefreshing(const QString& sessionKey, bool refreshing) {
    const bool changed = refreshing ? !m_refreshing.contains(sessionKey) : m_refreshing.remove(sessionKey);
    if (refreshing)
        m_refreshing.insert(sessionKey);
    const int row = rowOf(sessionKey);
    if (!changed || row < 0)
        return;
    m_statusCache[row] = computeStatus(row, m_clock.nowSecs());
    Q_EMIT dataChanged(index(row, Status), index(row, Status));
}

void SessionTableModel::setServed(const QHash<QString, QString>& whereBySessionKey) {
    if (whereBySessionKey == m_served)
        return;
    QSet<QString> touched;
    for (auto it = m_served.cbegin(); it != m_served.cend(); ++it)
        touched.insert(it.key());
    for (auto it = whereBySessionKey.cbegin(); it != whereBySessionKey.cend(); ++it)
        touched.insert(it.key());
    m_served = whereBySessionKey;
    for (const QString& key : std::as_const(touched))
        if (const int row = rowOf(key); row >= 0)
            Q_EMIT dataChanged(index(row, SessionKey), index(row, SessionKey));
}

void SessionTableModel::setWarnBefore(qint64 seconds) {
    if (seconds == warnBefore())
        return;
    m_policy.setWarnBefore(std::chrono::seconds(seconds));
    if (!m_sessions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    refreshStatusCache(m_clock.nowSecs());
}

void SessionTableModel::tick() {
    if (m_sessions.isEmpty())
        return;
    Q_EMIT dataChanged(
        index(0, Remaining), index(rowCount() - 1, Remaining),
        {Qt::DisplayRole, Qt::ForegroundRole, Qt::AccessibleTextRole, FractionLeftRole, RemainingLevelRole});
    const qint64 nowSecs = m_clock.nowSecs();
    if (nowSecs >= m_nextTransitionSecs)
        refreshStatusCache(nowSecs);
}

// Emits a Status-column change for rows whose time-based status moved, and remembers when the next
// such change is due so the 1 Hz tick normally does no per-row work at all.
void SessionTableModel::refreshStatusCache(qint64 nowSecs) {
    qint64 next = kNever;
    for (int row = 0; row < m_sessions.size(); ++row) {
        const SessionStatus status = computeStatus(row, nowSecs);
        if (status != m_statusCache[row]) {
            m_statusCache[row] = status;
            Q_EMIT dataChanged(index(row, Status), index(row, Status));
        }
        if (const qint64 change = m_policy.nextChangeAfter(m_sessions[row], nowSecs); change > 0)
            next = std::min(next, change);
    }
    m_nextTransitionSecs = next;
}

SessionStatus SessionTableModel::computeStatus(int row, qint64 nowSecs) const {
    const SessionInfo& s = m_sessions[row];
    if (m_refreshing.contains(s.sessionKey))
        return SessionStatus::Refreshing;
    return statusAt(s, nowSecs, m_policy);
}

void SessionTableModel::rebuildIndex() {
    m_rowByKey.clear();
    m_rowByKey.reserve(m_sessions.size());
    for (int i = 0; i < m_sessions.size(); ++i)
        m_rowByKey.insert(m_sessions[i].sessionKey, i);
}

const SessionInfo* SessionTableModel::sessionAt(int row) const {
    return row >= 0 && row < m_sessions.size() ? &m_sessions[row] : nullptr;
}

const SessionInfo* SessionTableModel::session(const QString& sessionKey) const {
    return sessionAt(rowOf(sessionKey));
}

SessionStatus SessionTableModel::statusOf(int row) const {
    return computeStatus(row, m_clock.nowSecs());
}

int SessionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const SessionInfo& s = m_sessions[row];
    const qint64 nowMs = m_clock.nowMSecs();
    const qint64 remainingMs = s.token.claims.exp * 1000 - nowMs;
    // A revoked session's countdown stops: its time left no longer means anything.
    const auto level = [&] {
        return column == Remaining && computeStatus(row, nowMs / 1000) == SessionStatus::Revoked
                   ? RemainingLevel::Stopped
                   : remainingLevel(remainingMs, m_policy);
    };

    switch (role) {
    case Qt::DisplayRole:
        return displayData(s, column, nowMs);
    case Qt::ToolTipRole:
        if (column == SessionKey && m_served.contains(s.sessionKey))
            return tr("%1 — served to local tools at %2").arg(s.sessionKey, m_served.value(s.sessionKey));
        return toolTipData(s, row, column, nowMs);
    case Qt::DecorationRole:
        if (column == Active && s.active)
            return QIcon(QStringLiteral(":/icons/active.svg"));
        if (column == SessionKey && m_served.contains(s.sessionKey))
            return QIcon(QStringLiteral(":/icons/serving.svg"));
        return {};
    case Qt::ForegroundRole:
        if (column == Remaining) {
            const QColor colour = levelColor(level());
            return colour.isValid() ? QVariant(colour) : QVariant();
        }
        if (column == Status) {
            switch (computeStatus(row, nowMs / 1000)) {
            case SessionStatus::Expiring:
                return levelColor(RemainingLevel::Warning);
            case SessionStatus::Expired:
            case SessionStatus::Revoked:
            case SessionStatus::Error:
                return levelColor(RemainingLevel::Expired);
            default:
                return {};
            }
        }
        return {};
    case Qt::AccessibleTextRole:
        if (column == Remaining)
            return level() == RemainingLevel::Stopped ? statusText(SessionStatus::Revoked)
                                                      : formatRemainingCoarse(remainingMs);
        if (column == Active)
            return s.active ? tr("Default session") : QString();
        if (column == SessionKey && m_served.contains(s.sessionKey))
            return tr("%1, served to local tools").arg(s.sessionKey);
        return displayData(s, column, nowMs);
    case Qt::TextAlignmentRole:
        if (column == Remaining || column == Active)
            return int(Qt::AlignCenter);
        return {};
    case FractionLeftRole: {
        if (level() == RemainingLevel::Stopped)
            return 0.0;
        const qint64 lifetime = sessionLifetimeSeconds(s);
        if (lifetime <= 0)
            return remainingMs > 0 ? 1.0 : 0.0;
        return std::clamp(double(remainingMs) / double(lifetime * 1000), 0.0, 1.0);
    }
    case ExpiryEpochRole:
        return s.token.claims.exp;
    case SessionKeyRole:
        return s.sessionKey;
    case StatusRole:
        return int(computeStatus(row, nowMs / 1000));
    case RemainingLevelRole:
        return int(level());
    case SortKeyRole:
        return sortKey(s, row, column);
    default:
        return {};
    }
}

QVariant SessionTableModel::displayData(const SessionInfo& s, int column, qint64 nowMs) const {
    switch (column) {
    case Active:
        return {};
    case SessionKey:
        return s.sessionKey;
    case User:
        return userName(s);
    case Organization:
        return organizationName(s);
    case Type:
        return sessionTypeText(s.token.claims.sessionType);
    case ExpiresAt:
        return localTime(s.expiresAt());
    case Remaining:
        if (s.serverState == ServerState::Revoked || s.serverState == ServerState::Revoking)
            return statusText(SessionStatus::Revoked);
        return formatRemaining(s.token.claims.exp * 1000 - nowMs);
    case Status:
        return statusText(computeStatus(rowOf(s.sessionKey), nowMs / 1000));
    default:
        return {};
    }
}

QVariant SessionTableModel::toolTipData(const SessionInfo& s, int row, int column, qint64 nowMs) const {
    switch (column) {
    case Active:
        return s.active ? tr("The default session: commands that name no session use it") : QVariant();
    case ExpiresAt:
        return utcTime(s.expiresAt());
    case Remaining:
        return tr("Expires %1 (%2)").arg(localTime(s.expiresAt()), utcTime(s.expiresAt()));
    case Status: {
        const SessionStatus status = computeStatus(row, nowMs / 1000);
        if (status == SessionStatus::Error || (!s.lastError.isEmpty() && status != SessionStatus::Refreshing))
            return s.lastError.isEmpty() ? QVariant() : QVariant(s.lastError);
        if (status == SessionStatus::Revoked)
            return tr("The server no longer knows this session's key. Use Sign in again to replace it.");
        return {};
    }
    case Type:
        return s.token.claims.sessionType;
    case User:
        return s.username.isEmpty()
                   ? tr("User ID: %1 (the name appears after Verify)").arg(s.token.claims.userId)
                   : tr("User ID: %1").arg(s.token.claims.userId);
    case Organization:
        return s.organizationName.isEmpty() ? tr("Organization ID: %1 (the name appears after Verify)")
                                                  .arg(s.token.claims.organizationId)
                                            : tr("Organization ID: %1").arg(s.token.claims.organizationId);
    default:
        return displayData(s, column, nowMs);
    }
}

QVariant SessionTableModel::sortKey(const SessionInfo& s, int row, int column) const {
    switch (column) {
    case Active:
        return s.active ? 0 : 1;
    case ExpiresAt:
    case Remaining:
        return s.token.claims.exp;
    case Status:
        return int(m_statusCache.value(row, SessionStatus::Valid));
    default:
        return displayData(s, column, 0);
    }
}

int SessionTableModel::compareRows(int left, int right, int column) const {
    const SessionInfo& l = m_sessions[left];
    const SessionInfo& r = m_sessions[right];
    const auto order = [](auto a, auto b) {
        return a < b ? -1 : (b < a ? 1 : 0);
    };
    switch (column) {
    case Active:
        return order(l.active ? 0 : 1, r.active ? 0 : 1);
    case ExpiresAt:
    case Remaining:
        return order(l.token.claims.exp, r.token.claims.exp);
    case Status:
        return order(int(m_statusCache.value(left, SessionStatus::Valid)),
                     int(m_statusCache.value(right, SessionStatus::Valid)));
    case SessionKey:
        return QString::localeAwareCompare(l.sessionKey, r.sessionKey);
    case User:
        return QString::localeAwareCompare(userName(l), userName(r));
    case Organization:
        return QString::localeAwareCompare(organizationName(l), organizationName(r));
    case Type:
        return QString::localeAwareCompare(sessionTypeText(l.token.claims.sessionType),
                                           sessionTypeText(r.token.claims.sessionType));
    default:
        return 0;
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Active:
            return QString();
        case SessionKey:
            return tr("Session key");
        case User:
            return tr("User");
        case Organization:
            return tr("Organization");
        case Type:
            return tr("Type");
        case ExpiresAt:
            return tr("Expires at");
        case Remaining:
            return tr("Remaining");
        case Status:
            return tr("Status");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        if (section == Active)
            return tr("Default session");
        if (section == ExpiresAt)
            return tr("Expiry in local time; hover a cell for UTC");
        if (section == Remaining)
            return tr("Time left before the session expires");
    }
    return {};
}

} // namespace ws::ui
