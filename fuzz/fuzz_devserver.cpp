// The devserver's request handling (DevServer::handle, what the HTTP layer calls), on a fresh server per
// input so that every crash reproduces from its input alone. Input layout:
//   byte 0: the route (one of kRoutes, or the last value: the rest's first line is the path)
//   byte 1: bit 0 GET instead of POST; bit 1 stamp the body with the seeded key (so the fuzzer gets
//           past signature checks into the handlers); bit 2 a non-loopback peer
//   rest:   "<X-Stamp header>\n<body>" when not stamped by the harness, else the body
#include "Clock.h"
#include "DevServer.h"
#include "FuzzSupport.h"
#include "crypto/P256KeyPair.h"
#include "crypto/Stamp.h"

#include <QJsonArray>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace {

using namespace ws;
using namespace ws::devserver;

// The stamping key of tests/data/turnkey-vectors.json, seeded as a long-lived key of the vectors' user,
// so seed inputs built from the vectors' bodies reach the handlers.
constexpr char kPrivateKeyHex[] = "592f8fef177f370b51a6eafe5ae33fa5ff7e0ed715be3cb6561e50e5916ee187";
constexpr char kOrganizationId[] = "c75ecb07-c84a-4dd5-932c-539dfafc6864";
constexpr char kUserId[] = "6912b819-f4df-40f4-a192-20ee43090974";

const char* const kRoutes[] = {
    "/public/v1/submit/stamp_login",
    "/public/v1/submit/delete_api_keys",
    "/public/v1/query/whoami",
    "/public/v1/query/get_activity",
    "/public/v1/query/get_api_keys",
    "/admin/faults",
    "/admin/state",
};
constexpr int kRouteCount = int(sizeof(kRoutes) / sizeof(kRoutes[0]));

std::optional<P256KeyPair> g_key;
std::optional<ManualClock> g_clock; // 2026-01-01T00:00:00Z, the vectors' timestampMs
DevServerConfig g_config;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ws::fuzz::initFuzzing();
    auto key = P256KeyPair::fromPrivateKeyHex(QByteArrayView(kPrivateKeyHex));
    if (!key)
        ws::fuzz::fail("the harness key does not import");
    g_key.emplace(std::move(*key));
    g_clock.emplace();
    const QString organizationId = QString::fromLatin1(kOrganizationId);
    const QString userId = QString::fromLatin1(kUserId);
    g_config.seed = QJsonObject{
        {QStringLiteral("organizations"),
         QJsonArray{QJsonObject{{QStringLiteral("organizationId"), organizationId},
                                {QStringLiteral("name"), QStringLiteral("Fuzz Organization")}}}},
        {QStringLiteral("users"),
         QJsonArray{QJsonObject{{QStringLiteral("userId"), userId},
                                {QStringLiteral("organizationId"), organizationId},
                                {QStringLiteral("username"), QStringLiteral("fuzz")}}}},
        {QStringLiteral("apiKeys"),
         QJsonArray{QJsonObject{{QStringLiteral("userId"), userId},
                                {QStringLiteral("publicKey"), QString::fromLatin1(g_key->publicKeyHex())}}}},
    };
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2)
        return 0;
    const int route = data[0] % (kRouteCount + 1);
    const uint8_t flags = data[1];
    QByteArrayView rest(reinterpret_cast<const char*>(data + 2), static_cast<qsizetype>(size - 2));

    IncomingRequest request;
    request.method = (flags & 1) ? QStringLiteral("GET") : QStringLiteral("POST");
    request.peer =
        (flags & 4) ? QHostAddress(QStringLiteral("192.0.2.1")) : QHostAddress(QHostAddress::LocalHost);
    if (route == kRouteCount) {
        const qsizetype newline = rest.indexOf('\n');
        const QByteArrayView path = newline < 0 ? rest : rest.first(newline);
        request.path = QString::fromUtf8(path);
        rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
    } else {
        request.path = QString::fromLatin1(kRoutes[route]);
    }
    if (flags & 2) {
        request.body = rest.toByteArray();
        auto stamped = stamp::make(*g_key, request.body);
        if (!stamped)
            ws::fuzz::fail("stamping the body failed");
        request.stampHeader = *stamped;
    } else {
        const qsizetype newline = rest.indexOf('\n');
        request.stampHeader = (newline < 0 ? rest : rest.first(newline)).toByteArray();
        request.body = newline < 0 ? QByteArray() : rest.sliced(newline + 1).toByteArray();
    }

    DevServer server(g_config, *g_clock);
    const OutgoingReply first = server.handle(request);
    if (!first.reply.drop && (first.reply.status < 100 || first.reply.status > 599))
        ws::fuzz::fail("a reply with an impossible HTTP status");
    // The same bytes again: idempotent resends and state left by the first request.
    (void)server.handle(request);
    return 0;
}
