#pragma once

#include "SessionStatus.h"
#include "session/SessionTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace ws {
class Clock;
}

namespace ws::ui {

// The session table. Rows hold absolute data only (the expiry instant); "remaining" is computed from
// exp − clock.now() inside data(). A countdown tick is one ranged dataChanged for the Remaining column
// (the view then repaints only its visible cells once, where per-row signals cost per row); status changes
// caused by time passing are emitted per row, for the Status column, and only when a row actually crosses a
// threshold.
class SessionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Active, SessionKey, User, Organization, Type, ExpiresAt, Remaining, Status, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        FractionLeftRole = Qt::UserRole + 1, // double 0..1: how much of the lifetime is left
        ExpiryEpochRole,                     // qint64 exp, seconds since the epoch
        SessionKeyRole,                      // QString, any column
        StatusRole,                          // int(SessionStatus)
        RemainingLevelRole,                  // int(RemainingLevel)
        SortKeyRole,                         // what the proxy sorts by
    };

    explicit SessionTableModel(const Clock& clock, QObject* parent = nullptr);

    // Merge a new snapshot (SessionManager::getAllSessions()): rows are matched by session key,
    // changed rows emit dataChanged, new rows are appended, missing ones removed. Selections and
    // the view's sorting survive.
    void setSessions(QList<SessionInfo> sessions);
    void setRefreshing(const QString& sessionKey, bool refreshing);
    void setWarnBefore(qint64 seconds);
    // The sessions a `serve` (or the window's "Serve to local tools…") is serving now, and where:
    // a badge on their session key.
    void setServed(const QHash<QString, QString>& whereBySessionKey);
    bool isServed(const QString& sessionKey) const { return m_served.contains(sessionKey); }
    qint64 warnBefore() const { return m_policy.warnBefore().count(); }

    // Called once per second by the CountdownTicker.
    void tick();

    int rowOf(const QString& sessionKey) const { return m_rowByKey.value(sessionKey, -1); }
    const SessionInfo* sessionAt(int row) const;
    const SessionInfo* session(const QString& sessionKey) const;
    const QList<SessionInfo>& sessions() const { return m_sessions; }
    SessionStatus statusOf(int row) const;
    // The order SortKeyRole gives, for two rows of `column` (<0, 0, >0), without building QVariants:
    // the proxy sorts 10 000 rows with it at start-up (strings compare locale-aware, as the proxy
    // compares SortKeyRole strings).
    int compareRows(int left, int right, int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const SessionInfo& s, int column, qint64 nowMs) const;
    QVariant toolTipData(const SessionInfo& s, int row, int column, qint64 nowMs) const;
    QVariant sortKey(const SessionInfo& s, int row, int column) const;
    SessionStatus computeStatus(int row, qint64 nowSecs) const;
    void rebuildIndex();
    void refreshStatusCache(qint64 nowSecs);

    const Clock& m_clock;
    QList<SessionInfo> m_sessions;
    QList<SessionStatus> m_statusCache; // last status emitted per row
    QHash<QString, int> m_rowByKey;
    QSet<QString> m_refreshing;
    QHash<QString, QString> m_served; // session key -> where it is served
    SessionPolicy m_policy;
    qint64 m_nextTransitionSecs = 0; // the earliest time a row's time-based status changes
};

} // namespace ws::ui
