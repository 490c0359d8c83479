#include "CliHarness.h"

#include "SecretService.h"
#include "TestEnvironment.h"
#include "crypto/P256KeyPair.h"
#include "keychain/SecretStore.h"
#include "store/IndexStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ws::test {

namespace {

// Unscaled; every wait below goes through scaledMs(), since the CLI and the devserver it waits for
// are instrumented in the sanitizer build (TestEnvironment.h).
constexpr int kStartTimeoutMs = 30000;
constexpr int kRequestTimeoutMs = 30000;

} // namespace

// ---- CliResult ----

QJsonObject CliResult::errorJson() const {
    const QList<QByteArray> lines = err.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonDocument doc = QJsonDocument::fromJson(it->trimmed());
        if (doc.isObject() && doc.object().contains(QStringLiteral("code")))
            return doc.object();
    }
    return {};
}

QString CliResult::describe() const {
    // stderr first: it says what went wrong, and QTest cuts long failure messages short.
    return QStringLiteral("exit %1%2\nstderr: %3\nstdout: %4")
        .arg(exitCode)
        .arg(finished ? QString() : QStringLiteral(" (did not finish)"))
        .arg(QString::fromUtf8(err.left(2000)), QString::fromUtf8(out.left(2000)));
}

// ---- DevServerProcess ----

DevServerProcess::~DevServerProcess() {
    kill();
}

void DevServerProcess::kill() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

bool DevServerProcess::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

Result<void> DevServerProcess::start(const QStringList& extraArguments) {
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(binDir() + QStringLiteral("/wallet-sessions-devserver"),
                     QStringList{QStringLiteral("--demo"), QStringLiteral("--port"), QStringLiteral("0")} +
                         extraArguments);
    if (!m_process->waitForStarted(scaledMs(kStartTimeoutMs)))
        return Error(ErrorCode::Internal,
                     QStringLiteral("the devserver did not start: %1").arg(m_process->errorString()));
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < scaledMs(kStartTimeoutMs) &&
           m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(1000);
        line += m_process->readAllStandardOutput();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(line.left(line.indexOf('\n')));
    if (!doc.isObject())
        return Error(ErrorCode::Internal,
                     QStringLiteral("no start-up line from the devserver: %1 %2")
                         .arg(QString::fromUtf8(line), QString::fromUtf8(m_process->readAllStandardError())));
    m_info = doc.object();
    m_url = QUrl(m_info.value(QStringLiteral("url")).toString());
    return {};
}

Result<void> DevServerProcess::writeKeyFile() {
    m_keyDir = std::make_unique<QTemporaryDir>();
    QFile key(keyFile());
    if (!m_keyDir->isValid() || !key.open(QIODevice::WriteOnly) ||
        !key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        key.write(apiPrivateKey().toLatin1() + '\n') < 0)
        return Error(ErrorCode::Internal,
                     QStringLiteral("cannot write the key file: %1").arg(key.errorString()));
    return {};
}

QByteArray DevServerProcess::request(const QByteArray& method, const QString& path, const QByteArray& body,
                                     int* status) {
    QNetworkAccessManager network;
    QUrl url = m_url;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(scaledMs(kRequestTimeoutMs), &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}

bool DevServerProcess::setFaults(const QJsonObject& faults) {
    int status = 0;
    request("POST", QStringLiteral("/admin/faults"), QJsonDocument(faults).toJson(QJsonDocument::Compact),
            &status);
    return status == 200;
}

bool DevServerProcess::configureAuthProxy(const QJsonObject& change) {
    int status = 0;
    request("POST", QStringLiteral("/admin/auth-proxy"), QJsonDocument(change).toJson(QJsonDocument::Compact),
            &status);
    return status == 200;
}

QJsonObject DevServerProcess::state() {
    int status = 0;
    const QByteArray body = request("GET", QStringLiteral("/admin/state"), {}, &status);
    return QJsonDocument::fromJson(body).object();
}

QJsonArray DevServerProcess::otpCodes() {
    int status = 0;
    const QByteArray body = request("GET", QStringLiteral("/admin/otp-codes"), {}, &status);
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("codes")).toArray();
}

QStringList DevServerProcess::serverPublicKeys() {
    QStringList keys;
    const QJsonArray array = state().value(QStringLiteral("apiKeys")).toArray();
    for (const QJsonValue& v : array)
        keys.append(v.toObject().value(QStringLiteral("publicKey")).toString());
    return keys;
}

// ---- CliRunner ----

CliRunner::CliRunner(QString dataDir, QString keychainService, QUrl apiUrl)
    : m_dataDir(std::move(dataDir))
    , m_service(std::move(keychainService))
    , m_apiUrl(std::move(apiUrl))
    , m_env(QProcessEnvironment::systemEnvironment()) {
    m_env.insert(QStringLiteral("WALLET_SESSIONS_KEYCHAIN_SERVICE"), m_service);
    // Nothing from the developer's shell: the runner alone says which server and notarizer key.
    m_env.remove(QStringLiteral("WALLET_SESSIONS_API_URL"));
    m_env.remove(QStringLiteral("WALLET_SESSIONS_NOTARIZER_KEY"));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
}

void CliRunner::setServer(const DevServerProcess& server) {
    m_env.insert(QStringLiteral("WALLET_SESSIONS_API_URL"), server.url().toString());
    m_env.insert(QStringLiteral("WALLET_SESSIONS_NOTARIZER_KEY"), server.notarizerPublicKey());
}

QString CliRunner::cliPath() {
    return binDir() + QStringLiteral("/wallet-sessions-cli");
}

QString CliRunner::indexPath() const {
    return QDir(m_dataDir).filePath(QLatin1String(SessionIndex::kFileName));
}

QStringList CliRunner::arguments(const QStringList& commandArguments) const {
    QStringList args{QStringLiteral("--data-dir"), m_dataDir};
    if (m_json)
        args << QStringLiteral("--json");
    if (m_apiUrl.isValid())
        args << QStringLiteral("--api-url") << m_apiUrl.toString();
    return args + commandArguments;
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList& commandArguments) const {
    return start(commandArguments, {});
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList& commandArguments,
                                           std::function<void()> inChild) const {
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_env);
    if (inChild)
        process->setChildProcessModifier(std::move(inChild));
    process->start(cliPath(), arguments(commandArguments));
    return process;
}

CliResult CliRunner::collect(QProcess& process, int timeoutMs) {
    CliResult result;
    // waitForFinished() is false for a process that has already ended.
    const bool ended = process.state() == QProcess::NotRunning ||
                       process.waitForFinished(timeoutMs > 0 ? scaledMs(timeoutMs) : timeoutMs);
    result.finished = ended && process.exitStatus() == QProcess::NormalExit;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(10000);
    }
    result.exitCode = result.finished ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult CliRunner::run(const QStringList& commandArguments, const QByteArray& stdinData,
                         int timeoutMs) const {
    std::unique_ptr<QProcess> process = start(commandArguments);
    if (!process->waitForStarted(scaledMs(kStartTimeoutMs)))
        return {};
    if (!stdinData.isEmpty())
        process->write(stdinData);
    process->closeWriteChannel();
    return collect(*process, timeoutMs);
}

CliResult CliRunner::login(const DevServerProcess& server, const QString& sessionKey,
                           const QStringList& extra) const {
    const QStringList arguments = QStringList{QStringLiteral("login"),
                                              QStringLiteral("--organization-id"),
                                              server.organizationId(),
                                              QStringLiteral("--api-public-key"),
                                              server.apiPublicKey(),
                                              QStringLiteral("--api-private-key-file"),
                                              m_loginKeyFromFile ? server.keyFile() : QStringLiteral("-"),
                                              QStringLiteral("--session-key"),
                                              sessionKey} +
                                  extra;
    if (m_loginKeyFromFile)
        return run(arguments);
    return run(arguments, server.apiPrivateKey().toLatin1() + '\n');
}

CliRunner userCliRunner(QString dataDir, QString keychainService) {
    CliRunner cli(std::move(dataDir), std::move(keychainService));
    cli.setJsonOutput(false);
    cli.setLoginKeyFromFile(true);
    return cli;
}

std::unique_ptr<CliRunner> serverCliRunner(const QString& dataDir, const QString& service,
                                           const DevServerProcess& server) {
    auto cli = std::make_unique<CliRunner>(dataDir, service, server.url());
    cli->environment().insert(QStringLiteral("WALLET_SESSIONS_NOTARIZER_KEY"), server.notarizerPublicKey());
    return cli;
}

void CliSuite::open(const QString& suite) {
    service = uniqueTestService(suite);
    cli = serverCliRunner(dir.filePath(QStringLiteral("data")), service, server);
}

void CliSuite::close() const {
    if (!service.isEmpty())
        keyring::removeAll(service);
}

// ---- keyring ----

namespace keyring {

namespace {
struct ToolResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ToolResult secretTool(const QStringList& arguments, const QByteArray& input = {}) {
    QProcess process;
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    ToolResult r;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}
} // namespace

bool available() {
    // A write and a delete: a locked or absent keyring fails the first.
    const QStringList attributes{QStringLiteral("server"), QStringLiteral("wallet-sessions-test-probe"),
                                 QStringLiteral("user"), QStringLiteral("probe")};
    const bool stored =
        secretTool(QStringList{QStringLiteral("store"), QStringLiteral("--label=probe")} + attributes,
                   "probe")
            .exitCode == 0;
    secretTool(QStringList{QStringLiteral("clear")} + attributes);
    return stored;
}

namespace {

// Every item QtKeychain stored under `service`; none (and a warning naming `caller`) when the keyring
// cannot be asked.
QList<secretservice::Item> itemsOf(const QString& service, const char* caller) {
    Result<QList<secretservice::Item>> items = secretservice::search({{QStringLiteral("server"), service}});
    if (!items) {
        qWarning("keyring::%s: %s", caller, qPrintable(items.error().message));
        return {};
    }
    return *items;
}

} // namespace

QStringList entries(const QString& service) {
    QStringList names;
    for (const secretservice::Item& item : itemsOf(service, "entries"))
        names.append(item.attributes.value(QStringLiteral("user")));
    names.sort();
    return names;
}

Result<QByteArray> lookup(const QString& service, const QString& entry) {
    Result<QList<secretservice::Item>> items =
        secretservice::search({{QStringLiteral("server"), service}, {QStringLiteral("user"), entry}});
    if (!items)
        return items.error();
    if (items->isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("no keyring entry %1").arg(entry));
    Result<QByteArray> stored = secretservice::secret(items->first().path);
    if (!stored)
        return stored.error();
    // QtKeychain keeps binary data base64-encoded in the Secret Service (attribute type=base64).
    const QByteArray text = stored->trimmed();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : text;
}

void removeAll(const QString& service) {
    for (const secretservice::Item& item : itemsOf(service, "removeAll"))
        if (Result<void> removed = secretservice::remove(item.path); !removed)
            qWarning("keyring::removeAll: %s", qPrintable(removed.error().message));
}

} // namespace keyring

// ---- index checks ----

Result<IndexData> readIndex(const QString& dataDir) {
    return IndexStore::readSnapshot(dataDir);
}

Result<void> editIndex(const QString& dataDir, const SessionIndex::Mutation& mutate) {
    SessionIndex index(dataDir);
    if (auto opened = index.open(); !opened)
        return opened;
    return index.update(mutate);
}

QStringList consistencyProblems(const IndexData& index, const QString& service) {
    QStringList problems;
    const QStringList stored = keyring::entries(service);
    for (const QString& entry : stored) {
        const QString pub = entry.section(QLatin1Char('/'), 1);
        if (index.keys.find(pub) == index.keys.end())
            problems.append(QStringLiteral("orphaned keyring entry %1 (not in the index)").arg(entry));
    }
    for (const auto& [label, session] : index.sessions) {
        const QString pub = session.token.claims.publicKey;
        const auto key = index.keys.find(pub);
        if (key == index.keys.end()) {
            problems.append(QStringLiteral("session %1: its key %2 has no record").arg(label, pub));
            continue;
        }
        if (key->second.state != KeyState::Live)
            problems.append(QStringLiteral("session %1: its key is %2, not live")
                                .arg(label, keyStateName(key->second.state)));
        const QString entry = sessionKeyEntryName(pub);
        if (!stored.contains(entry)) {
            problems.append(QStringLiteral("session %1: keyring entry %2 is missing").arg(label, entry));
            continue;
        }
        Result<QByteArray> secret = keyring::lookup(service, entry);
        if (!secret) {
            problems.append(QStringLiteral("session %1: cannot read %2").arg(label, entry));
            continue;
        }
        Result<P256KeyPair> pair = P256KeyPair::fromPrivateKeyHex(secret->trimmed(), pub.toLatin1());
        if (!pair)
            problems.append(QStringLiteral("session %1: keyring entry does not hold its private key: %2")
                                .arg(label, pair.error().message));
    }
    return problems;
}

} // namespace ws::test
