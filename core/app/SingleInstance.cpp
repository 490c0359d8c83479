#include "app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcSingleInstance, "ws.singleinstance")

namespace ws {

namespace {

constexpr int kConnectTimeoutMs = 500;
constexpr int kWriteTimeoutMs = 1000;
// Room for a URL carrying an id_token (1–2 KB from the big providers); a longer line is garbage.
constexpr qint64 kMaxMessageBytes = 16 * 1024;
const QByteArray kActivateMessage = QByteArrayLiteral("activate\n");
const QByteArray kOpenPrefix = QByteArrayLiteral("open ");
const QByteArray kOfferPrefix = QByteArrayLiteral("offer ");
const QByteArray kTaken = QByteArrayLiteral("taken\n");
const QByteArray kNotWaiting = QByteArrayLiteral("idle\n");
// An offer is answered at once by the event loop of the instance (no user interaction in between).
constexpr int kOfferAnswerTimeoutMs = 3000;

// Per user, so two users on one machine each get their own instance; the name alone would let one
// user's launch raise (or block) another user's window.
QString userSuffix() {
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return QString::fromLatin1(
        QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#endif
}

QString serverNameFor(const QString& name) {
    QString safe = name;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return safe + QLatin1Char('-') + userSuffix();
}

} // namespace

class SingleInstance::Impl {
public:
    QString serverName;
    QPointer<QLocalServer> server;
    std::function<bool(const QUrl&)> offerHandler;
};

SingleInstance::SingleInstance(QString name, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>()) {
    d->serverName = serverNameFor(name);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName() const {
    return d->serverName;
}

bool SingleInstance::isListening() const {
    return d->server && d->server->isListening();
}

bool SingleInstance::claim() {
    return claim(QUrl());
}

void SingleInstance::setOfferHandler(std::function<bool(const QUrl&)> handler) {
    d->offerHandler = std::move(handler);
}

bool SingleInstance::open(const QUrl& url) {
    return !url.isEmpty() && send(kOpenPrefix + url.toEncoded(QUrl::FullyEncoded) + '\n');
}

SingleInstance::Offer SingleInstance::offer(const QUrl& url) {
    QLocalSocket probe;
    probe.connectToServer(d->serverName);
    if (!probe.waitForConnected(kConnectTimeoutMs))
        return Offer::NoInstance;
    probe.write(kOfferPrefix + url.toEncoded(QUrl::FullyEncoded) + '\n');
    if (!probe.waitForBytesWritten(kWriteTimeoutMs))
        return Offer::NotWaiting;
    while (!probe.canReadLine() && probe.waitForReadyRead(kOfferAnswerTimeoutMs)) {
    }
    const bool taken = probe.canReadLine() && probe.readLine(64) == kTaken;
    probe.disconnectFromServer();
    return taken ? Offer::Taken : Offer::NotWaiting;
}

bool SingleInstance::send(const QByteArray& message) {
    // Blocking with short timeouts on purpose: this runs once at start-up, before any window exists,
    // and the answer decides whether this process continues at all.
    QLocalSocket probe;
    probe.connectToServer(d->serverName);
    if (!probe.waitForConnected(kConnectTimeoutMs))
        return false;
    probe.write(message);
    const bool sent = probe.waitForBytesWritten(kWriteTimeoutMs);
    probe.disconnectFromServer();
    if (probe.state() != QLocalSocket::UnconnectedState)
        probe.waitForDisconnected(kWriteTimeoutMs);
    if (!sent)
        qCWarning(lcSingleInstance) << "the running instance accepted the connection but not the message;"
                                    << "starting anyway";
    return sent;
}

bool SingleInstance::claim(const QUrl& url) {
    if (isListening())
        return true;
    if (send(url.isEmpty() ? kActivateMessage : kOpenPrefix + url.toEncoded(QUrl::FullyEncoded) + '\n'))
        return false;

    // Nobody answered: a socket file left by a crashed instance would make listen() fail.
    QLocalServer::removeServer(d->serverName);
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(d->serverName)) {
        qCWarning(lcSingleInstance) << "cannot listen on" << d->serverName << ":" << server->errorString()
                                    << "- a second launch will not find this window";
        delete server;
        return true;
    }
    d->server = server;
    connect(server, &QLocalServer::newConnection, this, [this, server] {
        while (QLocalSocket* peer = server->nextPendingConnection())
            serve(peer);
    });
    return true;
}

void SingleInstance::serve(QLocalSocket* peer) {
    connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
    auto readMessage = [this, peer] {
        if (!peer->canReadLine()) {
            if (peer->bytesAvailable() > kMaxMessageBytes)
                peer->abort();
            return;
        }
        const QByteArray line = peer->readLine(kMaxMessageBytes + 1).trimmed();
        auto urlAfter = [&line](const QByteArray& prefix) {
            const QUrl url = QUrl::fromEncoded(line.mid(prefix.size()), QUrl::StrictMode);
            return url.isValid() && !url.scheme().isEmpty() ? url : QUrl();
        };
        if (line.startsWith(kOfferPrefix)) {
            const QUrl url = urlAfter(kOfferPrefix);
            const bool taken = !url.isEmpty() && d->offerHandler && d->offerHandler(url);
            peer->write(taken ? kTaken : kNotWaiting);
            peer->flush();
            peer->disconnectFromServer();
            return;
        }
        peer->disconnectFromServer();
        if (line == kActivateMessage.trimmed()) {
            Q_EMIT activationRequested();
        } else if (line.startsWith(kOpenPrefix)) {
            if (const QUrl url = urlAfter(kOpenPrefix); !url.isEmpty())
                Q_EMIT urlReceived(url);
        }
    };
    connect(peer, &QLocalSocket::readyRead, this, readMessage);
    // The message may have arrived before we got to connect readyRead.
    if (peer->bytesAvailable() > 0)
        readMessage();
}

} // namespace ws
