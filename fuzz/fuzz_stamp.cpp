// stamp::parse() and stamp::verify() on attacker-controlled X-Stamp headers (the devserver verifies
// every request's stamp). The input is "<header>\n<body>"; without a newline it is all header.
#include "FuzzSupport.h"
#include "crypto/Stamp.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ws::fuzz::initFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArrayView header = newline < 0 ? input : input.first(newline);
    const QByteArrayView body = newline < 0 ? QByteArrayView() : input.sliced(newline + 1);

    const auto parsed = ws::stamp::parse(header);
    if (parsed && parsed->publicKey.size() != 66)
        ws::fuzz::fail("parse() accepted a public key that is not 66 hex characters");
    if (parsed && header.size() > 4096)
        ws::fuzz::fail("parse() accepted a header over 4 KiB");

    const auto verified = ws::stamp::verify(header, body);
    if (verified && !parsed)
        ws::fuzz::fail("verify() accepted a header parse() rejects");
    if (verified && verified->scheme != QByteArrayView(ws::stamp::kScheme))
        ws::fuzz::fail("verify() accepted another signature scheme");
    return 0;
}
