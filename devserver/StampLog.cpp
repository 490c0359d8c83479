#include "StampLog.h"

#include "crypto/Stamp.h"

#include <QJsonObject>

namespace ws::devserver {

QByteArray StampLog::stampingKey(const QByteArray& stampHeader) {
    if (stampHeader.isEmpty())
        return {};
    const Result<stamp::StampContents> contents = stamp::parse(stampHeader);
    return contents ? contents.value().publicKey.toLower() : QByteArray();
}

void StampLog::add(Entry entry) {
    if (m_entries.size() >= kCapacity)
        m_entries.removeFirst();
    m_entries.append(std::move(entry));
}

QJsonArray StampLog::toJson() const {
    QJsonArray array;
    for (const Entry& entry : m_entries) {
        array.append(QJsonObject{{QStringLiteral("path"), entry.path},
                                 {QStringLiteral("publicKey"), QString::fromLatin1(entry.publicKey)},
                                 {QStringLiteral("status"), entry.status}});
    }
    return array;
}

QString StampLog::describe(const Entry& entry) {
    const QString key = entry.publicKey.isEmpty() ? QStringLiteral("(no readable stamp)")
                                                  : QString::fromLatin1(entry.publicKey);
    return QStringLiteral("POST %1 stamped by %2 -> %3").arg(entry.path, key).arg(entry.status);
}

} // namespace ws::devserver
