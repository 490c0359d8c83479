#include "proxy/ProxyPolicy.h"

#include "Text.h"

#include <QCoreApplication>
#include <QUrl>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace ws::proxy {

namespace {

const QStringList kDefaultPrefixes{QStringLiteral("/public/v1/query/"), QStringLiteral("/public/v1/submit/")};

bool isPlainSegmentChar(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
           c == QLatin1Char('-') || c == QLatin1Char('.');
}

// One path segment after the default prefixes: what the Turnkey API's endpoint names are made of.
bool isEndpointName(QStringView s) {
    if (s.isEmpty() || s == u"." || s == u"..")
        return false;
    for (QChar c : s)
        if (!isPlainSegmentChar(c))
            return false;
    return true;
}

bool inDefault(const QString& path) {
    for (const QString& prefix : kDefaultPrefixes)
        if (path.startsWith(prefix) && isEndpointName(QStringView(path).sliced(prefix.size())))
            return true;
    return false;
}

} // namespace

Result<QString> normalisePath(QByteArrayView target) {
    const auto bad = [](const QString& why) {
        return Error(ErrorCode::InvalidInput, Text::tr("refused path: %1").arg(why));
    };
    if (!target.startsWith('/'))
        return bad(Text::tr("it must start with '/'"));
    if (target.contains('?') || target.contains('#'))
        return bad(Text::tr("a query or fragment is not accepted"));
    QStringList segments;
    const QList<QByteArrayView> raw = [&] {
        QList<QByteArrayView> out;
        qsizetype start = 1;
        for (qsizetype i = 1; i <= target.size(); ++i) {
            if (i == target.size() || target[i] == '/') {
                out.append(target.sliced(start, i - start));
                start = i + 1;
            }
        }
        return out;
    }();
    for (QByteArrayView seg : raw) {
        if (seg.isEmpty())
            return bad(Text::tr("empty segment"));
        const QByteArray decoded = QByteArray::fromPercentEncoding(seg.toByteArray());
        if (decoded == "." || decoded == "..")
            return bad(Text::tr("'.' and '..' segments are not accepted"));
        for (char c : decoded)
            if (c == '/' || c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
                return bad(Text::tr("an encoded slash, backslash or control character"));
        segments.append(QString::fromUtf8(decoded));
    }
    return QString(QLatin1Char('/') + segments.join(QLatin1Char('/')));
}

AllowList::AllowList() = default;

Result<AllowList> AllowList::narrowedTo(const QStringList& patterns) {
    AllowList list;
    for (const QString& pattern : patterns) {
        const auto bad = [&](const QString& why) {
            return Error(ErrorCode::InvalidInput, Text::tr("--allow '%1': %2").arg(pattern, why));
        };
        bool underDefault = false;
        for (const QString& prefix : kDefaultPrefixes)
            underDefault = underDefault || pattern.startsWith(prefix);
        if (!underDefault)
            return bad(Text::tr("must start with /public/v1/query/ or /public/v1/submit/"));
        const QString last = pattern.section(QLatin1Char('/'), 4);
        if (last.isEmpty() || last.contains(QLatin1Char('/')))
            return bad(Text::tr("must name one endpoint or '*' after the prefix"));
        for (QChar c : last)
            if (!isPlainSegmentChar(c) && c != QLatin1Char('*'))
                return bad(Text::tr("only letters, digits, '_', '-', '.' and '*' may follow the prefix"));
        QString regex = QRegularExpression::escape(pattern);
        regex.replace(QStringLiteral("\\*"), QStringLiteral("[^/]*"));
        list.m_narrowing.append(QRegularExpression(QRegularExpression::anchoredPattern(regex)));
        list.m_patterns.append(pattern);
    }
    return list;
}

bool AllowList::allows(const QString& normalisedPath) const {
    if (!inDefault(normalisedPath))
        return false;
    if (m_narrowing.isEmpty())
        return true;
    for (const QRegularExpression& re : m_narrowing)
        if (re.match(normalisedPath).hasMatch())
            return true;
    return false;
}

bool isLoopbackPeer(const QHostAddress& peer) {
    bool mapped = false;
    const quint32 v4 = peer.toIPv4Address(&mapped);
    if (mapped)
        return (v4 >> 24) == 127;
    return peer.isLoopback();
}

QByteArray newBearerToken() {
    QByteArray random(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(random.data()), int(random.size())) != 1)
        qFatal("the system's random number generator failed");
    const QByteArray token = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    OPENSSL_cleanse(random.data(), size_t(random.size()));
    return token;
}

bool bearerMatches(QByteArrayView authorizationHeader, QByteArrayView token) {
    static constexpr QByteArrayView kScheme("Bearer ");
    if (token.isEmpty() || authorizationHeader.size() != kScheme.size() + token.size())
        return false;
    // The scheme is case-insensitive (RFC 9110 §11.1); the token is compared in constant time.
    if (QByteArrayView(authorizationHeader).first(kScheme.size()).compare(kScheme, Qt::CaseInsensitive) != 0)
        return false;
    return CRYPTO_memcmp(authorizationHeader.data() + kScheme.size(), token.data(), size_t(token.size())) ==
           0;
}

bool isForwardableHeader(QByteArrayView name) {
    if (name.startsWith("x-stamp"))
        return false;
    static const QByteArrayView kDropped[] = {"authorization",
                                              "host",
                                              "connection",
                                              "keep-alive",
                                              "proxy-connection",
                                              "te",
                                              "trailer",
                                              "transfer-encoding",
                                              "upgrade",
                                              "content-length",
                                              "expect",
                                              "cookie",
                                              "proxy-authorization"};
    for (QByteArrayView d : kDropped)
        if (name == d)
            return false;
    return true;
}

Result<QString> admit(const HttpRequest& request, const PolicyOptions& options, Refusal* refusal) {
    const auto refuse = [refusal](int status, const QString& message) {
        *refusal = Refusal{status, message};
        return Error(ErrorCode::InvalidInput, message);
    };
    if (!options.token.isEmpty() && !bearerMatches(request.header("authorization"), options.token))
        return refuse(401,
                      request.hasHeader("authorization")
                          ? Text::tr("the proxy's bearer token does not match")
                          : Text::tr("a request needs the proxy's token: Authorization: Bearer <token>"));
    if (request.method != "POST")
        return refuse(405, Text::tr("only POST is forwarded (the Turnkey API is POST only), not %1")
                               .arg(QString::fromLatin1(request.method)));
    Result<QString> path = normalisePath(request.target);
    if (!path)
        return refuse(400, path.error().message);
    if (!options.allow.allows(*path))
        return refuse(404, Text::tr("%1 is not forwarded by this proxy (allowed: %2)")
                               .arg(*path, options.allow.patterns().isEmpty()
                                               ? QStringLiteral("/public/v1/query/*, /public/v1/submit/*")
                                               : options.allow.patterns().join(QStringLiteral(", "))));
    return path;
}

} // namespace ws::proxy
