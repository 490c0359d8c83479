// sessions.json is read at every start and after every outside change. For any input: parseIndex()
// never crashes and what it accepts serializes back to the same data; salvageIndex() stays within its
// work bound (linear in the input: no quadratic repair), returns a valid index, gives a strictly
// parsed file back with the same sessions, keeps every session entry of a JSON object that parses on
// its own, and leaves no key record that recovery could delete while its session might still exist
// (every key is used by a session, doomed, or held). libFuzzer's -timeout and -rss_limit_mb
// (scripts/lib/sanitize.sh) bound time and memory per input on top of that.
#include "FuzzSupport.h"
#include "store/IndexData.h"
#include "store/IndexJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

using namespace ws;

namespace {

QByteArray sessionBytes(const SessionRecord& session) {
    return QJsonDocument(indexjson::sessionToJson(session)).toJson(QJsonDocument::Compact);
}

void checkSalvage(QByteArrayView input, const Result<IndexData>& parsed) {
    const SalvageResult salvaged = salvageIndex(input, QStringLiteral("fuzz"));
    if (salvaged.droppedSessions < 0 || salvaged.restoredSessions < 0 || salvaged.heldKeys < 0)
        fuzz::fail("salvageIndex() reported a negative count");
    if (salvaged.repairWork > salvageWorkLimit(input.size()))
        fuzz::fail("salvageIndex() did more work than salvageWorkLimit() allows");
    if (!validateIndex(salvaged.data))
        fuzz::fail("salvageIndex() returned an index validateIndex() rejects");
    if (!parseIndex(serializeIndex(salvaged.data)))
        fuzz::fail("salvageIndex() returned an index that does not serialize to a parseable file");

    if (parsed) {
        if (parsed->sessions.size() != salvaged.data.sessions.size())
            fuzz::fail("salvageIndex() changed the sessions of a file that parses strictly");
        for (const auto& [label, session] : parsed->sessions) {
            const SessionRecord* kept = salvaged.data.findSession(label);
            if (!kept || sessionBytes(*kept) != sessionBytes(session))
                fuzz::fail("salvageIndex() changed a session of a file that parses strictly");
        }
        return;
    }

    for (const auto& [publicKey, key] : salvaged.data.keys) {
        if (!key.held && key.state != KeyState::Doomed && !salvaged.data.sessionUsingKey(publicKey))
            fuzz::fail("salvageIndex() left a key no session uses neither held nor doomed");
    }
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(input.constData(), input.size()));
    const QJsonObject sessions = document.object().value(QLatin1String("sessions")).toObject();
    for (auto it = sessions.begin(); it != sessions.end(); ++it) {
        const Result<SessionRecord> alone = indexjson::parseSession(it.key(), it.value());
        if (!alone)
            continue;
        const SessionRecord* kept = salvaged.data.findSession(it.key());
        if (!kept || sessionBytes(*kept) != sessionBytes(*alone))
            fuzz::fail("salvageIndex() dropped or changed a session entry that parses on its own");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::initFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<IndexData> parsed = parseIndex(input);
    if (parsed) {
        if (!validateIndex(*parsed))
            fuzz::fail("parseIndex() accepted data validateIndex() rejects");
        const QByteArray once = serializeIndex(*parsed);
        const Result<IndexData> again = parseIndex(once);
        if (!again)
            fuzz::fail("serializeIndex() output does not parse");
        if (serializeIndex(*again) != once)
            fuzz::fail("serializeIndex() output does not parse back to the same data");
    }
    checkSalvage(input, parsed);
    return 0;
}
