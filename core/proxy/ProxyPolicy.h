#pragma once

#include "Result.h"
#include "proxy/HttpRequestParser.h"

#include <QByteArray>
#include <QHostAddress>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

namespace ws::proxy {

// What the proxy lets through, decided before a request is stamped (docs/architecture.md, "The
// stamping proxy"). Pure functions of the request, so every rule is unit-tested on its own.

inline constexpr qint64 kMaxBodyBytes = 1024 * 1024;

// A request the proxy answers itself: the HTTP status and a one-line reason for the JSON body.
struct Refusal {
    int status = 0;
    QString message;
};

// The path part of a request target, normalised: percent-encoded characters decoded, and refused
// (400) when a segment is `.` or `..` (however encoded), empty, or decodes to a slash, a backslash or
// a control character; a query or fragment is refused too (the Turnkey API takes none).
Result<QString> normalisePath(QByteArrayView target);

// The paths that may be forwarded: POST /public/v1/query/* and /public/v1/submit/*, narrowed by
// --allow patterns (a path where `*` stands for any characters within one segment, e.g.
// "/public/v1/query/*" for queries only, "/public/v1/submit/create_wallet").
class AllowList {
public:
    AllowList(); // the default: every query and every activity
    // INVALID_INPUT for a pattern that is not such a path or that allows nothing the default does.
    static Result<AllowList> narrowedTo(const QStringList& patterns);

    bool allows(const QString& normalisedPath) const;
    QStringList patterns() const { return m_patterns; }

private:
    QStringList m_patterns; // empty: no narrowing
    QList<QRegularExpression> m_narrowing;
};

// Whether a connection may talk to the proxy at all: loopback addresses only (127.0.0.0/8, ::1 and
// IPv4-mapped loopback).
bool isLoopbackPeer(const QHostAddress& peer);

// A new bearer token: 256 random bits from the system's CSPRNG, base64url without padding (43 chars).
QByteArray newBearerToken();

// Whether an Authorization header value is "Bearer <token>", compared in constant time.
bool bearerMatches(QByteArrayView authorizationHeader, QByteArrayView token);

// Whether a header may be passed on upstream: never X-Stamp* (the proxy stamps), Authorization (the
// proxy's token), hop-by-hop or framing headers (the proxy frames its own request).
bool isForwardableHeader(QByteArrayView lowerCaseName);

struct PolicyOptions {
    QByteArray token; // empty: no token required (the Unix socket, guarded by its file mode)
    AllowList allow;
};

// The checks in the order they are made: token (401), method (405), path (400/404). The size limit
// (413) is the parser's. Yields the normalised path to forward to.
Result<QString> admit(const HttpRequest& request, const PolicyOptions& options, Refusal* refusal);

} // namespace ws::proxy
