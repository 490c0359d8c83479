#pragma once

#include <QByteArrayView>

class QIODevice;

namespace ws::net {

// Writes to a connected plain socket (TCP without TLS, or a Unix socket) straight into the kernel when
// Qt holds nothing back for it, and hands Qt only what the kernel does not take at once (its error
// handling then sees any failure as before). Why: a buffered QAbstractSocket::write() only arms the
// write notifier, and the bytes leave on a later turn of the event loop; under the glib dispatcher
// arming and disarming a notifier each wake the loop through its eventfd. For `serve` that was 8
// writes, 6 reads and 4 polls per forwarded request, of which 2 writes were the request and the answer.
// Anything else (TLS, a socket not connected) goes through QIODevice::write(). Returns what write()
// would: the bytes taken, or -1.
qint64 writeNow(QIODevice& device, QByteArrayView bytes);

} // namespace ws::net
