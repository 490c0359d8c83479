#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace ws::devserver {

// Activities by id, and by request (SHA-256 of body + stamp) so that resending the same bytes
// returns the same activity instead of running it twice — as Turnkey treats identical requests.
class ActivityStore {
public:
    // `completed` is the activity in its final form. It is shown as ACTIVITY_STATUS_PENDING, without
    // a result, in the submit response and in the next `pendingPolls` get_activity polls.
    void add(const QByteArray& requestKey, const QJsonObject& completed, int pendingPolls);

    std::optional<QString> idForRequest(const QByteArray& requestKey) const;
    // The activity as a client sees it now, without counting a poll.
    std::optional<QJsonObject> view(const QString& id) const;
    // The activity as get_activity returns it: counts one poll when it is still pending.
    std::optional<QJsonObject> poll(const QString& id);
    QString organizationOf(const QString& id) const;
    int size() const { return static_cast<int>(m_activities.size()); }

    static QByteArray requestKey(const QByteArray& body, const QByteArray& stampHeader);

private:
    struct Stored {
        QJsonObject completed;
        int pendingPollsLeft = 0;
        bool pendingShown = false; // the submit response was pending: the next views count down from there
    };
    static QJsonObject asPending(const QJsonObject& completed);

    QHash<QString, Stored> m_activities;
    QHash<QByteArray, QString> m_byRequest;
};

} // namespace ws::devserver
