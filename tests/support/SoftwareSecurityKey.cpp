#include "SoftwareSecurityKey.h"

#include "crypto/Ecdsa.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QtEndian>

namespace ws::test {

namespace {

constexpr int kReport = 64;
constexpr quint8 kInit = 0x86;
constexpr quint8 kCbor = 0x90;
constexpr quint8 kError = 0xbf;
constexpr quint8 kGetAssertion = 0x02;
constexpr quint8 kGetInfo = 0x04;
constexpr quint8 kGetNextAssertion = 0x08;
constexpr quint8 kOk = 0x00;
constexpr quint8 kErrNoCredentials = 0x2e;
constexpr quint8 kErrActionTimeout = 0x3a;
constexpr quint8 kErrInvalidCommand = 0x01;
constexpr quint8 kErrKeepAliveCancel = 0x2d;
constexpr quint8 kErrPinRequired = 0x36;
constexpr quint8 kCancel = 0x91;
constexpr quint8 kKeepAlive = 0xbb;
constexpr quint8 kStatusUpNeeded = 0x02;

SoftwareSecurityKey* g_key = nullptr; // the hooks are plain functions: one key per process

void* hookOpen(const char*) {
    return g_key;
}
void hookClose(void*) {}
int hookRead(void* handle, unsigned char* data, size_t length, int timeoutMs) {
    return static_cast<SoftwareSecurityKey*>(handle)->read(data, length, timeoutMs);
}
int hookWrite(void* handle, const unsigned char* data, size_t length) {
    return static_cast<SoftwareSecurityKey*>(handle)->write(data, length);
}

} // namespace

SoftwareSecurityKey::SoftwareSecurityKey(SoftwarePasskey& passkey)
    : m_accounts{Account{&passkey, QByteArray("user-1"), QStringLiteral("ann")}} {
    m_io = {hookOpen, hookClose, hookRead, hookWrite};
    g_key = this;
}

SoftwareSecurityKey::~SoftwareSecurityKey() {
    g_key = nullptr;
}

fido::DeviceSeam SoftwareSecurityKey::seam() const {
    return {&m_io, QByteArrayLiteral("software-security-key")};
}

// A host report: the report id (0), then CID(4) ‖ CMD|0x80 ‖ BCNT(2) ‖ data, or CID(4) ‖ SEQ ‖ data.
int SoftwareSecurityKey::write(const unsigned char* data, size_t length) {
    std::lock_guard lock(m_mutex);
    if (length != kReport + 1)
        return -1;
    const QByteArray report(reinterpret_cast<const char*>(data) + 1, kReport);
    const quint32 channel = qFromBigEndian<quint32>(report.constData());
    const quint8 byte = static_cast<quint8>(report.at(4));
    if (byte & 0x80) {
        m_incomingChannel = channel;
        m_incomingCommand = byte;
        m_incomingLength = qFromBigEndian<quint16>(report.constData() + 5);
        m_incoming = report.mid(7);
    } else {
        m_incoming += report.mid(5);
    }
    if (m_incoming.size() >= m_incomingLength) {
        m_incoming.truncate(m_incomingLength);
        answer(m_incomingCommand, m_incoming);
        m_changed.notify_all();
    }
    return static_cast<int>(length);
}

void SoftwareSecurityKey::waitForTouch(bool wait) {
    std::lock_guard lock(m_mutex);
    m_waitForTouch = wait;
}

void SoftwareSecurityKey::touch() {
    std::lock_guard lock(m_mutex);
    if (m_awaiting.isEmpty()) {
        m_touched = true; // the next get-assertion finds the key touched
    } else {
        queue(m_awaitingChannel, kCbor, ctap(m_awaiting));
        m_awaiting.clear();
    }
    m_changed.notify_all();
}

bool SoftwareSecurityKey::isWaitingForTouch() const {
    std::lock_guard lock(m_mutex);
    return !m_awaiting.isEmpty();
}

int SoftwareSecurityKey::assertionsMade() const {
    std::lock_guard lock(m_mutex);
    return m_assertions;
}

QByteArray SoftwareSecurityKey::lastClientDataHash() const {
    std::lock_guard lock(m_mutex);
    return m_lastClientDataHash;
}

int SoftwareSecurityKey::read(unsigned char* data, size_t length, int timeoutMs) {
    std::unique_lock lock(m_mutex);
    if (length < kReport)
        return -1;
    if (m_outgoing.isEmpty() && !m_awaiting.isEmpty()) {
        // Waiting for the touch: answer within the host's wait with a keep-alive, as a key does.
        const auto wait = std::chrono::milliseconds(timeoutMs < 0 ? 100 : std::min(timeoutMs, 100));
        m_changed.wait_for(lock, wait, [this] { return !m_outgoing.isEmpty(); });
        if (m_outgoing.isEmpty() && !m_awaiting.isEmpty())
            queue(m_awaitingChannel, kKeepAlive, QByteArray(1, static_cast<char>(kStatusUpNeeded)));
    }
    if (m_outgoing.isEmpty())
        return -1; // nothing to read: libfido2 reads it as a timeout
    const QByteArray report = m_outgoing.takeFirst();
    std::copy(report.cbegin(), report.cend(), data);
    return kReport;
}

void SoftwareSecurityKey::queue(quint32 channel, quint8 command, const QByteArray& payload) {
    QByteArray header(7, '\0');
    qToBigEndian(channel, header.data());
    header[4] = static_cast<char>(command);
    qToBigEndian(static_cast<quint16>(payload.size()), header.data() + 5);
    QByteArray first = header + payload.left(kReport - 7);
    first.resize(kReport, '\0');
    m_outgoing.append(first);
    quint8 sequence = 0;
    for (qsizetype at = kReport - 7; at < payload.size(); at += kReport - 5) {
        QByteArray next(5, '\0');
        qToBigEndian(channel, next.data());
        next[4] = static_cast<char>(sequence++);
        next += payload.mid(at, kReport - 5);
        next.resize(kReport, '\0');
        m_outgoing.append(next);
    }
}

void SoftwareSecurityKey::answer(quint8 command, const QByteArray& payload) {
    if (command == kInit) { // nonce(8) ‖ new channel(4) ‖ protocol 2 ‖ version 1.0.0 ‖ CBOR|NMSG
        QByteArray reply = payload.left(8);
        QByteArray channel(4, '\0');
        qToBigEndian(m_channel, channel.data());
        reply += channel + QByteArray("\x02\x01\x00\x00\x0c", 5);
        queue(m_incomingChannel, kInit, reply);
        return;
    }
    if (command == kCancel) { // no answer of its own: the request it cancels fails
        if (!m_awaiting.isEmpty()) {
            queue(m_awaitingChannel, kCbor, QByteArray(1, static_cast<char>(kErrKeepAliveCancel)));
            m_awaiting.clear();
        }
        return;
    }
    if (command == kCbor) {
        const bool assertion = !payload.isEmpty() && static_cast<quint8>(payload.at(0)) == kGetAssertion;
        if (assertion && m_waitForTouch && !m_touched) {
            m_awaiting = payload;
            m_awaitingChannel = m_incomingChannel;
            return;
        }
        if (assertion)
            m_touched = false;
        queue(m_incomingChannel, kCbor, ctap(payload));
        return;
    }
    queue(m_incomingChannel, kError, QByteArray(1, static_cast<char>(kErrInvalidCommand)));
}

QByteArray SoftwareSecurityKey::ctap(const QByteArray& request) {
    const quint8 command = request.isEmpty() ? 0 : static_cast<quint8>(request.at(0));
    if (command == kGetInfo) {
        const QCborMap info{{1, QCborArray{QStringLiteral("FIDO_2_0")}},
                            {3, QByteArray(16, '\x5a')}, // aaguid
                            {4, QCborMap{{QStringLiteral("rk"), true}, {QStringLiteral("up"), true}}},
                            {5, 1200}};
        return QByteArray(1, static_cast<char>(kOk)) + info.toCborValue().toCbor();
    }
    if (command == kGetNextAssertion) {
        if (m_next.isEmpty())
            return QByteArray(1, static_cast<char>(kErrNoCredentials));
        return assertionFor(m_next.takeFirst(), false, 0);
    }
    if (command != kGetAssertion)
        return QByteArray(1, static_cast<char>(kErrInvalidCommand));
    const QCborMap parameters = QCborValue::fromCbor(request.mid(1)).toMap();
    const QString rpId = parameters.value(1).toString();
    m_lastClientDataHash = parameters.value(2).toByteArray();
    if (m_neverTouched)
        return QByteArray(1, static_cast<char>(kErrActionTimeout));
    if (m_pinRequired && !parameters.contains(6)) // no pinUvAuthParam
        return QByteArray(1, static_cast<char>(kErrPinRequired));
    QList<Account> matching;
    for (const Account& account : std::as_const(m_accounts)) {
        if (!m_noCredential && account.passkey->rpId() == rpId)
            matching.append(account);
    }
    if (matching.isEmpty())
        return QByteArray(1, static_cast<char>(kErrNoCredentials));
    m_next = matching.mid(1);
    return assertionFor(matching.first(), matching.size() > 1, int(matching.size()));
}

void SoftwareSecurityKey::addAccount(SoftwarePasskey& passkey, QByteArray userId, QString userName) {
    std::lock_guard lock(m_mutex);
    m_accounts.append(Account{&passkey, std::move(userId), std::move(userName)});
}

// One account's assertion over the last client-data hash; the first of several also says how many.
QByteArray SoftwareSecurityKey::assertionFor(const Account& account, bool withCount, int count) {
    Result<SoftwarePasskey::Signed> made = account.passkey->signForHash(m_lastClientDataHash);
    if (!made)
        return QByteArray(1, static_cast<char>(kErrInvalidCommand));
    ++m_assertions;
    QCborMap response{
        {1, QCborMap{{QStringLiteral("id"), account.passkey->credentialId()},
                     {QStringLiteral("type"), QStringLiteral("public-key")}}},
        {2, made->authenticatorData},
        {3, made->signature},
        {4, QCborMap{{QStringLiteral("id"), account.userId}, {QStringLiteral("name"), account.userName}}}};
    if (withCount)
        response.insert(5, count);
    return QByteArray(1, static_cast<char>(kOk)) + response.toCborValue().toCbor();
}

} // namespace ws::test
