#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ws::proxy {

// Which sessions a proxy serves right now, for the window's "served" badge. Each serving process
// keeps one small runtime file, <data dir>/serving/<pid>-<session tag>.json (0600, directory 0700), holding
// the session key, its pid, where it listens and since when, never a token; it removes the file when it
// stops. A file whose process is gone (a crash) is ignored and removed by the next reader. Kept out of
// the index on purpose: it is not data to keep, and its writes would wake every index watcher.
struct ServingEntry {
    QString sessionKey;
    qint64 pid = 0;
    QString where; // "http://127.0.0.1:PORT" or the socket path
    QDateTime since;
};

class ServingRecord {
public:
    explicit ServingRecord(QString dataDirectory);
    ~ServingRecord(); // withdraws

    Result<void> announce(const QString& sessionKey, const QString& where);
    void withdraw();

    static QString directoryIn(const QString& dataDirectory);
    // Every live entry, in pid order; stale files are removed on the way.
    static QList<ServingEntry> list(const QString& dataDirectory);

private:
    QString m_dataDirectory;
    QString m_file;
};

} // namespace ws::proxy
