// sessions.json is read at every start and after every outside change: parseIndex() must never crash,
// serialize() output must parse back to the same data, and salvageIndex() must never fail.
#include "FuzzSupport.h"
#include "store/IndexData.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ws::fuzz::initFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ws::Result<ws::IndexData> parsed = ws::parseIndex(input);
    if (parsed) {
        if (!ws::validateIndex(*parsed))
            ws::fuzz::fail("parseIndex() accepted data validateIndex() rejects");
        const QByteArray once = ws::serializeIndex(*parsed);
        const ws::Result<ws::IndexData> again = ws::parseIndex(once);
        if (!again)
            ws::fuzz::fail("serializeIndex() output does not parse");
        if (ws::serializeIndex(*again) != once)
            ws::fuzz::fail("serializeIndex() output does not parse back to the same data");
    }

    const ws::SalvageResult salvaged = ws::salvageIndex(input, QString());
    if (salvaged.droppedSessions < 0)
        ws::fuzz::fail("salvageIndex() reported a negative number of dropped sessions");
    return 0;
}
