#include "net/SocketWrite.h"

#include <QLocalSocket>
#include <QSslSocket>
#include <QTcpSocket>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/socket.h>
#endif

namespace ws::net {

namespace {

// The descriptor to write to directly, or -1 when Qt must do the writing.
qintptr plainDescriptor(QIODevice& device) {
    if (device.bytesToWrite() > 0)
        return -1; // bytes queued in Qt go first
    if (auto* tcp = qobject_cast<QTcpSocket*>(&device)) {
        if (qobject_cast<QSslSocket*>(tcp) || tcp->state() != QAbstractSocket::ConnectedState)
            return -1;
        return tcp->socketDescriptor();
    }
    if (auto* local = qobject_cast<QLocalSocket*>(&device))
        return local->state() == QLocalSocket::ConnectedState ? local->socketDescriptor() : -1;
    return -1;
}

} // namespace

qint64 writeNow(QIODevice& device, QByteArrayView bytes) {
    qsizetype sent = 0;
#ifdef Q_OS_UNIX
    if (const qintptr fd = plainDescriptor(device); fd >= 0) {
        while (sent < bytes.size()) {
            const ssize_t n = ::send(int(fd), bytes.data() + sent, size_t(bytes.size() - sent),
                                     MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0)
                sent += n;
            else if (n < 0 && errno == EINTR)
                continue;
            else
                break; // the kernel's buffer is full, or an error that Qt's own write will report
        }
        if (sent == bytes.size())
            return sent;
    }
#endif
    const qint64 rest = device.write(bytes.data() + sent, bytes.size() - sent);
    return rest < 0 ? -1 : sent + rest;
}

} // namespace ws::net
