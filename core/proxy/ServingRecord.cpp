#include "proxy/ServingRecord.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#endif

namespace ws::proxy {

namespace {

bool processAlive(qint64 pid) {
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true; // no cheap check: a stale entry shows until the next serve from this data directory
#endif
}

} // namespace

ServingRecord::ServingRecord(QString dataDirectory)
    : m_dataDirectory(std::move(dataDirectory)) {}

ServingRecord::~ServingRecord() {
    withdraw();
}

QString ServingRecord::directoryIn(const QString& dataDirectory) {
    return QDir(dataDirectory).filePath(QStringLiteral("serving"));
}

Result<void> ServingRecord::announce(const QString& sessionKey, const QString& where) {
    const QString dir = directoryIn(m_dataDirectory);
    if (!QDir().mkpath(dir))
        return Error(
            ErrorCode::Storage,
            QCoreApplication::translate("ws", "cannot create %1").arg(QDir::toNativeSeparators(dir)));
#ifdef Q_OS_UNIX
    ::chmod(QFile::encodeName(dir).constData(), 0700);
#endif
    const qint64 pid = QCoreApplication::applicationPid();
    // One file per process and session: the window may serve several sessions itself.
    const QString tag = QString::fromLatin1(
        QCryptographicHash::hash(sessionKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    QSaveFile file(QDir(dir).filePath(QStringLiteral("%1-%2.json").arg(pid).arg(tag)));
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Storage, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("sessionKey"), sessionKey},
                                         {QStringLiteral("pid"), pid},
                                         {QStringLiteral("where"), where},
                                         {QStringLiteral("since"),
                                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error(ErrorCode::Storage, file.errorString());
    m_file = file.fileName();
    return {};
}

void ServingRecord::withdraw() {
    if (m_file.isEmpty())
        return;
    QFile::remove(m_file);
    m_file.clear();
}

QList<ServingEntry> ServingRecord::list(const QString& dataDirectory) {
    QList<ServingEntry> out;
    const QDir dir(directoryIn(dataDirectory));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        ServingEntry entry{o.value(QStringLiteral("sessionKey")).toString(),
                           qint64(o.value(QStringLiteral("pid")).toDouble()),
                           o.value(QStringLiteral("where")).toString(),
                           QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate)};
        file.close();
        if (entry.sessionKey.isEmpty() || !processAlive(entry.pid)) {
            QFile::remove(file.fileName());
            continue;
        }
        out.append(entry);
    }
    std::sort(out.begin(), out.end(),
              [](const ServingEntry& a, const ServingEntry& b) { return a.pid < b.pid; });
    return out;
}

} // namespace ws::proxy
