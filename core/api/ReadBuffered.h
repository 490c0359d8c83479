#pragma once

#include <QByteArray>
#include <QIODevice>
#include <algorithm>

namespace ws::api {

// What `device` has buffered, at most `limit` bytes. QIODevice::read(n) sets aside n bytes before it
// reads: with a reply size cap as n, every readyRead allocated the whole cap (1 MiB for API calls,
// 64 MiB for the stamping proxy), which the sanitizer build's allocator also fills, so 100 proxied
// requests took 14 s there. Reading what is there costs what arrived.
inline QByteArray readBuffered(QIODevice& device, qint64 limit) {
    return device.read(std::max<qint64>(0, std::min(limit, device.bytesAvailable())));
}

} // namespace ws::api
