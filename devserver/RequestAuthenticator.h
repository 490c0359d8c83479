#pragma once

#include "DevServerState.h"
#include "ErrorBodies.h"
#include "crypto/Stamp.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <variant>

namespace ws::devserver {

// Turnkey's X-Stamp check (docs/protocol.md §2), in two steps because the organization to look
// the key up in is only known once the body is parsed, and idempotent resends are answered in between.
class RequestAuthenticator {
public:
    explicit RequestAuthenticator(const DevServerState& state)
        : m_state(state) {}

    // Missing header → 401 missing stamp; unparsable or wrong scheme → 401 malformed activity stamp;
    // signature not over exactly these body bytes → 401 could not verify api key signature.
    std::variant<stamp::StampContents, HttpReply> verifyStamp(const QByteArray& headerValue,
                                                              const QByteArray& body) const;

    // The stamping key must belong to the organization (or its parent) and not be expired.
    std::variant<ApiKey, HttpReply> authorize(const stamp::StampContents& stamp,
                                              const QString& organizationId, qint64 nowMs) const;

private:
    const DevServerState& m_state;
};

} // namespace ws::devserver
