#pragma once

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

namespace ws::ui {

// Which sessions are being served to local tools (by `wallet-sessions-cli serve` / `exec` or the
// window), from core's ServingRecord files: re-read when the serving directory changes, and every few
// seconds for a server that died without removing its file.
class ServingWatcher : public QObject {
    Q_OBJECT
public:
    explicit ServingWatcher(QString dataDirectory, QObject* parent = nullptr);

    // Session key -> where it is served ("http://127.0.0.1:PORT" or a socket path).
    QHash<QString, QString> served() const { return m_served; }
    void rescan();

Q_SIGNALS:
    void servedChanged(const QHash<QString, QString>& whereBySessionKey);

private:
    void watchDirectory();

    QString m_dataDirectory;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QHash<QString, QString> m_served;
};

} // namespace ws::ui
