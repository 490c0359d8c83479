// Prints the X-Stamp header this project's C++ code makes, for the Node conformance test to check
// with Turnkey's own @turnkey/crypto. Input on stdin only (a private key never goes on a command
// line): the first line is the 64-hex private key, everything after that newline is the body, byte for byte.
// With --tpm, stdin is the body alone: the key is made inside the TPM that TPM2OPENSSL_TCTI names (a
// software TPM in the test), signs through the tpm2 provider as a TPM-held session key does, and is
// forgotten.

#include "crypto/P256KeyPair.h"
#include "crypto/SecureBytes.h"
#include "crypto/Stamp.h"
#include "crypto/TpmKeys.h"

#include <QByteArray>
#include <QFile>
#include <cstdio>

namespace {

int printStamp(const ws::Result<QByteArray>& stampHeader) {
    if (!stampHeader) {
        std::fprintf(stderr, "ws_stamp_tool: %s\n", qPrintable(stampHeader.error().message));
        return 1;
    }
    std::fwrite(stampHeader->constData(), 1, static_cast<size_t>(stampHeader->size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}

int stampWithTpmKey(const QByteArray& body) {
    const ws::Result<ws::tpm::GeneratedKey> made = ws::tpm::generate();
    if (!made) {
        std::fprintf(stderr, "ws_stamp_tool: %s\n", qPrintable(made.error().message));
        return 1;
    }
    return printStamp(ws::stamp::make(ws::tpm::signerFor(made->pem, made->publicKeyHex), body));
}

} // namespace

int main(int argc, char* argv[]) {
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        std::fputs("ws_stamp_tool: cannot read stdin\n", stderr);
        return 2;
    }
    if (argc == 2 && QByteArray(argv[1]) == "--tpm")
        return stampWithTpmKey(input.readAll());
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
    return printStamp(ws::stamp::make(*key, body));
}
