#include "FaultSupport.h"

#include "TestEnvironment.h"
#include "crypto/P256KeyPair.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace ws::test {

namespace {
QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

ApiUser demoUser(const DevServerProcess& server) {
    return ApiUser{server.organizationId(), server.userId(), server.apiPublicKey(),
                   server.apiPrivateKey().toLatin1()};
}

Result<SeededUsers> makeUsers(int count) {
    SeededUsers seeded;
    const QString organizationId = newId();
    for (int i = 0; i < count; ++i) {
        Result<P256KeyPair> pair = P256KeyPair::generate();
        if (!pair)
            return pair.error();
        const SecureBytes privateKey = pair->privateKeyHex();
        seeded.users.push_back(ApiUser{organizationId, newId(), QString::fromLatin1(pair->publicKeyHex()),
                                       QByteArray(privateKey.constData(), privateKey.size())});
    }
    return seeded;
}

Result<QStringList> SeededUsers::writeSeed(const QString& path) const {
    QJsonArray organizations;
    QJsonArray users;
    QJsonArray apiKeys;
    QSet<QString> seen;
    for (const ApiUser& user : this->users) {
        if (!seen.contains(user.organizationId)) {
            seen.insert(user.organizationId);
            organizations.append(QJsonObject{{QStringLiteral("organizationId"), user.organizationId},
                                             {QStringLiteral("name"), QStringLiteral("Fault suites")}});
        }
        users.append(QJsonObject{{QStringLiteral("userId"), user.userId},
                                 {QStringLiteral("organizationId"), user.organizationId},
                                 {QStringLiteral("username"), user.userId.left(8)}});
        apiKeys.append(QJsonObject{{QStringLiteral("userId"), user.userId},
                                   {QStringLiteral("publicKey"), user.publicKey}});
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(ErrorCode::Storage, file.errorString());
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("organizations"), organizations},
                                         {QStringLiteral("users"), users},
                                         {QStringLiteral("apiKeys"), apiKeys}})
                   .toJson());
    return QStringList{QStringLiteral("--seed"), path};
}

CliResult loginAs(const CliRunner& cli, const ApiUser& user, const QString& label, const QStringList& extra) {
    return cli.run(QStringList{QStringLiteral("login"), QStringLiteral("--organization-id"),
                               user.organizationId, QStringLiteral("--api-public-key"), user.publicKey,
                               QStringLiteral("--api-private-key-file"), QStringLiteral("-"),
                               QStringLiteral("--session-key"), label} +
                       extra,
                   user.privateKey + '\n');
}

Store::Store(const QString& dataDir, const QString& keychainService, const DevServerProcess& server)
    : service(keychainService)
    , cli(serverCliRunner(dataDir, keychainService, server)) {}

QString ensureSessions(const Store& store, const QStringList& labels, const std::vector<ApiUser>& users,
                       const QStringList& loginExtra) {
    Result<IndexData> index = readIndex(store.cli->dataDir());
    if (!index)
        return index.error().message;
    for (int i = 0; i < labels.size(); ++i) {
        if (index->findSession(labels[i]))
            continue;
        const CliResult r = loginAs(*store.cli, users[size_t(i) % users.size()], labels[i], loginExtra);
        if (r.exitCode != 0)
            return QStringLiteral("login %1: %2").arg(labels[i], r.describe());
    }
    if (index->activeSessionKey.isEmpty() && !labels.isEmpty()) {
        const CliResult r = store.cli->run({QStringLiteral("use"), labels.first()});
        if (r.exitCode != 0)
            return QStringLiteral("use: %1").arg(r.describe());
    }
    return {};
}

std::map<QString, QString> sessionPublicKeys(const IndexData& index) {
    std::map<QString, QString> keys;
    for (const auto& [label, session] : index.sessions)
        keys[label] = session.token.claims.publicKey;
    return keys;
}

QStringList recoverAndCheck(const Store& store, const IndexData& before, const QString& where,
                            const QSet<QString>& mayBeGone, std::optional<IndexData>* afterOut,
                            Verify verify) {
    QStringList violations;
    const CliRunner& cli = *store.cli;
    const CliResult recovered = cli.run({QStringLiteral("keys"), QStringLiteral("clean")});
    if (recovered.exitCode != 0)
        violations.append(where + QStringLiteral(": recovery failed: ") + recovered.describe());

    Result<IndexData> after = readIndex(cli.dataDir());
    if (!after) {
        violations.append(where + QStringLiteral(": the index does not parse: ") + after.error().message);
        return violations;
    }
    for (const auto& [label, session] : before.sessions) {
        if (!after->findSession(label) && !mayBeGone.contains(label))
            violations.append(where + QStringLiteral(": session %1 was lost").arg(label));
    }
    for (const auto& [pub, key] : after->keys) {
        if (key.state == KeyState::Doomed)
            violations.append(where + QStringLiteral(": key %1 still doomed after recovery").arg(pub));
    }
    for (const QString& problem : consistencyProblems(*after, store.service))
        violations.append(where + QStringLiteral(": ") + problem);
    for (const auto& [label, session] : after->sessions) {
        const SessionRecord* earlier = before.findSession(label);
        if (verify == Verify::Changed && earlier &&
            earlier->token.claims.publicKey == session.token.claims.publicKey)
            continue;
        const CliResult verified = cli.run({QStringLiteral("verify"), label});
        if (verified.exitCode == 0)
            continue;
        violations.append(where +
                          QStringLiteral(": session %1 is not usable: %2").arg(label, verified.describe()));
        cli.run({QStringLiteral("clear"), label});
    }
    if (afterOut)
        *afterOut = std::move(after).value();
    return violations;
}

GuiRunner::GuiRunner(const Store& store, const QString& workDir)
    : m_store(store)
    , m_workDir(workDir)
    , m_env(store.cli->environment()) {
    QDir().mkpath(m_workDir + QStringLiteral("/config"));
    QDir().mkpath(m_workDir + QStringLiteral("/tmp"));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_workDir + QStringLiteral("/config"));
    m_env.insert(QStringLiteral("TMPDIR"), m_workDir + QStringLiteral("/tmp"));
}

QString GuiRunner::guiPath() {
    return binDir() + QStringLiteral("/wallet-sessions");
}

std::unique_ptr<QProcess> GuiRunner::start(const QStringList& extraArguments) const {
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_env);
    // A file, not a pipe: an unread pipe would stall a chatty GUI once it is full.
    process->setStandardOutputFile(m_workDir + QStringLiteral("/gui.log"));
    process->setStandardErrorFile(m_workDir + QStringLiteral("/gui.log"), QIODevice::Append);
    process->start(guiPath(), QStringList{QStringLiteral("--data-dir"), m_store.cli->dataDir(),
                                          QStringLiteral("--api-url"), m_store.cli->apiUrl().toString(),
                                          QStringLiteral("--keychain-service"), m_store.service} +
                                  extraArguments);
    return process;
}

CliResult GuiRunner::runFor(int seconds) const {
    std::unique_ptr<QProcess> process = start({QStringLiteral("--quit-after"), QString::number(seconds)});
    if (!process->waitForStarted(scaledMs(30000)))
        return {};
    // Not CliRunner::collect(): its output goes to the log file, not to pipes to read.
    CliResult result;
    result.finished = process->waitForFinished(scaledMs(seconds * 1000 + 30000)) &&
                      process->exitStatus() == QProcess::NormalExit;
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(10000);
    }
    result.exitCode = result.finished ? process->exitCode() : -1;
    result.err = logTail().toUtf8();
    return result;
}

QString GuiRunner::logTail() const {
    QFile log(m_workDir + QStringLiteral("/gui.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = log.readAll();
    return QString::fromUtf8(all.right(3000));
}

} // namespace ws::test
