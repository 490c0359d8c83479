#include "ServingWatcher.h"

#include "proxy/ServingRecord.h"

#include <QDir>

namespace ws::ui {

ServingWatcher::ServingWatcher(QString dataDirectory, QObject* parent)
    : QObject(parent)
    , m_dataDirectory(std::move(dataDirectory)) {
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ServingWatcher::rescan);
    connect(&m_poll, &QTimer::timeout, this, &ServingWatcher::rescan);
    m_poll.start(std::chrono::seconds(5));
    rescan();
}

void ServingWatcher::watchDirectory() {
    const QString directory = proxy::ServingRecord::directoryIn(m_dataDirectory);
    if (m_watcher.directories().contains(directory) || !QDir(directory).exists())
        return;
    m_watcher.addPath(directory);
}

void ServingWatcher::rescan() {
    watchDirectory(); // created by the first server
    QHash<QString, QString> now;
    const QList<proxy::ServingEntry> entries = proxy::ServingRecord::list(m_dataDirectory);
    for (const proxy::ServingEntry& entry : entries)
        now.insert(entry.sessionKey, entry.where);
    if (now == m_served)
        return;
    m_served = now;
    Q_EMIT servedChanged(m_served);
}

} // namespace ws::ui
