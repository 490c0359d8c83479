// The HTTP/1.1 response parser of the API client (net/HttpResponseParser.h): whatever a server or a
// middlebox sends. The first byte picks the body cap and how the input is cut into reads; the parse
// must end the same however the bytes are split, never hold more body than the cap, and a finished
// response must not report a body bigger than the cap.
#include "FuzzSupport.h"
#include "net/HttpResponseParser.h"

#include <cstddef>
#include <cstdint>

using ws::net::HttpResponseParser;

namespace {

struct Parsed {
    HttpResponseParser::State state;
    int status;
    QByteArray body;
    bool keepAlive;
};

Parsed parse(QByteArrayView input, qint64 cap, qsizetype step, bool close) {
    HttpResponseParser parser(cap);
    for (qsizetype at = 0; at < input.size(); at += step)
        parser.feed(input.sliced(at, std::min(step, input.size() - at)));
    if (close)
        parser.finishInput();
    Parsed parsed{parser.state(), parser.head().status, parser.takeBody(), parser.keepAlive()};
    if (parsed.body.size() > cap)
        ws::fuzz::fail("the parser kept more body than its cap");
    if (parsed.state == HttpResponseParser::State::Done && (parsed.status < 200 || parsed.status > 599))
        ws::fuzz::fail("a response finished with an impossible status");
    return parsed;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ws::fuzz::initFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1)
        return 0;
    const qint64 cap = qint64(data[0] & 0x3f) * 16;
    const qsizetype step = (data[0] >> 6) + 1;
    const QByteArrayView input(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    for (const bool close : {false, true}) {
        const Parsed whole = parse(input, cap, std::max<qsizetype>(1, input.size()), close);
        const Parsed split = parse(input, cap, step, close);
        if (whole.state != split.state || whole.body != split.body ||
            (whole.state == HttpResponseParser::State::Done && whole.keepAlive != split.keepAlive))
            ws::fuzz::fail("the parse depends on how the bytes were split into reads");
    }
    return 0;
}
