// Prints the X-Stamp header this project's C++ code makes, for the Node conformance test to check
// with Turnkey's own @turnkey/crypto. Input on stdin only (a private key never goes on a command
// line): the first line is the 64-hex private key, everything after that newline is the body, byte for byte.

#include "crypto/P256KeyPair.h"
#include "crypto/SecureBytes.h"
#include "crypto/Stamp.h"

#include <QByteArray>
#include <QFile>
#include <cstdio>

int main() {
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        std::fputs("ws_stamp_tool: cannot read stdin\n", stderr);
        return 2;
    }
    QByteArray all = input.readAll();
    const qsizetype newline = all.indexOf('\n');
    if (newline < 0) {
        ws::secureWipe(all);
        std::fputs("ws_stamp_tool: expected '<private key hex>\\n<body>' on stdin\n", stderr);
        return 2;
    }
    QByteArray keyLine = all.left(newline).trimmed();
    const QByteArray body = all.mid(newline + 1);
    ws::secureWipe(all);
    auto key = ws::P256KeyPair::fromPrivateKeyHex(keyLine);
    ws::secureWipe(keyLine);
    if (!key) {
        std::fprintf(stderr, "ws_stamp_tool: %s\n", qPrintable(key.error().message));
        return 2;
    }
    auto stampHeader = ws::stamp::make(*key, body);
    if (!stampHeader) {
        std::fprintf(stderr, "ws_stamp_tool: %s\n", qPrintable(stampHeader.error().message));
        return 1;
    }
    std::fwrite(stampHeader->constData(), 1, static_cast<size_t>(stampHeader->size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}
