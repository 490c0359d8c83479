// decodeSessionToken() promises to never crash on any input and to reject (not truncate) oversized tokens.
#include "FuzzSupport.h"
#include "token/SessionToken.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ws::fuzz::initFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ws::Result<ws::SessionToken> token = ws::decodeSessionToken(input);
    if (token) {
        if (input.size() > ws::kMaxSessionTokenBytes)
            ws::fuzz::fail("a token over kMaxSessionTokenBytes was accepted");
        if (token->raw != input)
            ws::fuzz::fail("SessionToken::raw is not the decoded input");
    } else if (token.error().message.isEmpty()) {
        ws::fuzz::fail("a rejection without a message");
    }
    return 0;
}
