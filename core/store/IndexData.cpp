#include "IndexData.h"

#include "IndexJson.h"
#include "KeyUsers.h"
#include "Text.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <cmath>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace ws {

namespace {

Error corrupt(const QString& message) {
    return Error(ErrorCode::CorruptIndex, message);
}

} // namespace

const SessionRecord* IndexData::findSession(const QString& sessionKey) const {
    const auto it = sessions.find(sessionKey);
    return it == sessions.end() ? nullptr : &it->second;
}

SessionRecord* IndexData::findSession(const QString& sessionKey) {
    const auto it = sessions.find(sessionKey);
    return it == sessions.end() ? nullptr : &it->second;
}

const SessionRecord* IndexData::sessionUsingKey(const QString& publicKey) const {
    if (!keyUsers || sessions.allNamedSinceIndexed()) {
        for (const auto& [label, session] : sessions) {
            if (session.token.claims.publicKey == publicKey)
                return &session;
        }
        return nullptr;
    }
    // The index is exact for the rows not named since it was made; those named are read as they are.
    // Every candidate is checked against its row, and of several the first label wins, as in the pass.
    const QSet<QString>& named = sessions.namedSinceIndexed();
    const std::pair<const QString, SessionRecord>* first = nullptr;
    const auto consider = [&](const QString& label) {
        const auto row = sessions.find(label);
        if (row != sessions.end() && row->second.token.claims.publicKey == publicKey &&
            (!first || row->first < first->first))
            first = &*row;
    };
    keyUsers->forEachLabelUsing(publicKey, [&](const QString& label) {
        if (!named.contains(label))
            consider(label);
    });
    for (const QString& label : named)
        consider(label);
    return first ? &first->second : nullptr;
}

QSet<QString> IndexData::publicKeysInUse() const {
    QSet<QString> used;
    used.reserve(qsizetype(sessions.size()));
    for (const auto& [label, session] : sessions)
        used.insert(session.token.claims.publicKey);
    return used;
}

SessionLease currentProcessLease(const QDateTime& now) {
    SessionLease lease;
    lease.pid = QCoreApplication::applicationPid();
    lease.host = QSysInfo::machineHostName();
    lease.since = now;
    return lease;
}

bool leaseIsHeld(const SessionLease& lease, const QDateTime& now, std::chrono::seconds maxAge) {
    if (!lease.isSet())
        return false;
    if (!lease.since.isValid() || lease.since.secsTo(now) >= maxAge.count())
        return false;
    if (lease.host != QSysInfo::machineHostName())
        return true; // cannot see the other host's processes: only the age can end it
    if (lease.pid == QCoreApplication::applicationPid())
        return true;
#ifdef Q_OS_UNIX
    // kill(pid, 0): ESRCH means no such process; EPERM means it exists but is not ours to signal.
    return ::kill(static_cast<pid_t>(lease.pid), 0) == 0 || errno == EPERM;
#else
    return true; // no cheap liveness check here: the age alone ends the lease
#endif
}

QString keyStoreName(KeyStoreKind store) {
    return store == KeyStoreKind::Tpm ? QStringLiteral("tpm") : QStringLiteral("keychain");
}

QString keyStateName(KeyState state) {
    switch (state) {
    case KeyState::Pending:
        return QStringLiteral("pending");
    case KeyState::Live:
        return QStringLiteral("live");
    case KeyState::Doomed:
        return QStringLiteral("doomed");
    }
    return QStringLiteral("pending");
}

QString serverStateName(ServerState state) {
    switch (state) {
    case ServerState::Unknown:
        return QStringLiteral("unknown");
    case ServerState::Alive:
        return QStringLiteral("alive");
    case ServerState::Revoked:
        return QStringLiteral("revoked");
    case ServerState::Revoking:
        return QStringLiteral("revoking");
    }
    return QStringLiteral("unknown");
}

Result<void> validateIndex(const IndexData& data) {
    for (const auto& [label, session] : data.sessions) {
        if (!indexjson::isValidLabel(label))
            return corrupt(Text::tr("sessions.json: field 'sessions' has an invalid session key \"%1\"")
                               .arg(label.left(64)));
    }
    for (const auto& [publicKey, key] : data.keys) {
        if (!indexjson::isValidPublicKey(publicKey))
            return corrupt(
                Text::tr("sessions.json: field 'keys' has an entry whose public key \"%1\" is not hex")
                    .arg(publicKey.left(80)));
    }
    if (!data.activeSessionKey.isEmpty() && !data.findSession(data.activeSessionKey))
        return corrupt(
            Text::tr("sessions.json: field 'activeSessionKey' names \"%1\", which is not among the sessions")
                .arg(data.activeSessionKey.left(64)));
    return {};
}

Result<IndexData> parseIndex(QByteArrayView json) {
    QJsonParseError parseError{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.constData(), json.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return corrupt(Text::tr("sessions.json is not valid JSON (%1 at byte %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return corrupt(Text::tr("sessions.json: the top level must be a JSON object"));
    const QJsonObject root = document.object();

    IndexData data;
    const QJsonValue version = root.value(QLatin1String("version"));
    const double v = version.toDouble(-1);
    if (!version.isDouble() || std::floor(v) != v || v < 1 || v > 1e9)
        return corrupt(Text::tr("sessions.json: field 'version' must be a positive whole number"));
    if (v > IndexData::kVersion)
        return Error(
            ErrorCode::Storage,
            Text::tr(
                "sessions.json was written by a newer version of Wallet Sessions (format version %1; this "
                "version reads format %2). Update Wallet Sessions; the file was left untouched.")
                .arg(static_cast<qint64>(v))
                .arg(IndexData::kVersion));
    data.version = static_cast<int>(v);

    const QJsonValue active = root.value(QLatin1String("activeSessionKey"));
    if (active.isString())
        data.activeSessionKey = active.toString();
    else if (!active.isUndefined() && !active.isNull())
        return corrupt(Text::tr("sessions.json: field 'activeSessionKey' must be a string or null"));

    const QJsonValue sessions = root.value(QLatin1String("sessions"));
    if (!sessions.isObject())
        return corrupt(Text::tr("sessions.json: field 'sessions' must be an object"));
    const QJsonObject sessionObject = sessions.toObject();
    for (auto it = sessionObject.begin(); it != sessionObject.end(); ++it) {
        auto record = indexjson::parseSession(it.key(), it.value());
        if (!record)
            return record.error();
        data.sessions.emplace(it.key(), std::move(record).value());
    }

    const QJsonValue keys = root.value(QLatin1String("keys"));
    if (!keys.isObject())
        return corrupt(Text::tr("sessions.json: field 'keys' must be an object"));
    const QJsonObject keyObject = keys.toObject();
    for (auto it = keyObject.begin(); it != keyObject.end(); ++it) {
        auto record = indexjson::parseKey(it.key(), it.value());
        if (!record)
            return record.error();
        data.keys.emplace(it.key(), std::move(record).value());
    }

    if (auto valid = validateIndex(data); !valid)
        return valid.error();
    return data;
}

QByteArray serializeIndex(const IndexData& data) {
    QJsonObject sessions;
    for (const auto& [label, session] : data.sessions)
        sessions.insert(label, indexjson::sessionToJson(session));
    QJsonObject keys;
    for (const auto& [publicKey, key] : data.keys)
        keys.insert(publicKey, indexjson::keyToJson(key));

    // QJsonObject keeps its keys sorted, so equal data always gives equal bytes.
    QJsonObject root;
    root.insert(QLatin1String("version"), IndexData::kVersion);
    root.insert(QLatin1String("activeSessionKey"), data.activeSessionKey.isEmpty()
                                                       ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(data.activeSessionKey));
    root.insert(QLatin1String("sessions"), sessions);
    root.insert(QLatin1String("keys"), keys);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ws
