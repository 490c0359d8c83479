#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace ws::devserver {

// Which key stamped each request to the public API, newest last: what a test (through GET
// /admin/state's "stamps") or a person (wallet-sessions-devserver --log-stamps) reads to see who
// signed a stamp_login. Bounded, so a long run keeps only the latest entries.
class StampLog {
public:
    struct Entry {
        QString path;
        QByteArray publicKey; // compressed hex as the X-Stamp header names it; empty when unreadable
        int status = 0;       // the HTTP status answered
    };
    static constexpr int kCapacity = 256;

    // Reads the stamping key out of the header value without verifying it (the API handlers do that).
    static QByteArray stampingKey(const QByteArray& stampHeader);

    void add(Entry entry);
    const QList<Entry>& entries() const { return m_entries; }
    QJsonArray toJson() const;
    static QString describe(const Entry& entry); // "POST /public/v1/… stamped by 02ab… -> 200"

private:
    QList<Entry> m_entries;
};

} // namespace ws::devserver
