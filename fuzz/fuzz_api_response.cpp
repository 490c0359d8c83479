// The parsers that turn a (possibly hostile or broken) server reply into API types. The input is the
// raw HTTP body; each JSON object is fed to every parser, and the activity inside an envelope to the
// result parsers, as TurnkeyClient does.
#include "FuzzSupport.h"
#include "api/ResponseParsers.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ws::fuzz::initFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return 0;
    const QJsonObject reply = document.object();
    const QString what = QStringLiteral("fuzz");

    const auto envelope = ws::api::parseActivityEnvelope(reply, what);
    if (envelope && (envelope->id.isEmpty() || envelope->status.isEmpty()))
        ws::fuzz::fail("an activity envelope without id or status was accepted");
    const QJsonObject activity = envelope ? envelope->activity : reply;
    const auto session = ws::api::parseStampLoginResult(activity, what);
    if (session && session->isEmpty())
        ws::fuzz::fail("an empty stampLoginResult.session was accepted");
    (void)ws::api::parseDeleteApiKeysResult(activity, what);
    (void)ws::api::parseWhoami(reply, what);
    (void)ws::api::parseApiKeys(reply, what);
    return 0;
}
