#include "proxy/HttpRequestParser.h"

#include "Text.h"

#include <QCoreApplication>

namespace ws::proxy {

namespace {

bool isTokenChar(char c) {
    // RFC 9110 tchar
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s) {
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

bool hasControlChars(QByteArrayView s) {
    for (char c : s)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
            return true;
    return false;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const {
    for (const auto& [name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView lowerCaseName) const {
    for (const auto& h : headers)
        if (h.first == lowerCaseName)
            return true;
    return false;
}

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits) {}

HttpRequestParser::State HttpRequestParser::fail(int status, QString message) {
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = std::move(message);
    m_buffer.clear();
    return m_state;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArrayView data) {
    if (m_state != State::NeedMore)
        return m_state;
    m_buffer.append(data);
    if (!m_headersDone) {
        // Tolerate empty lines before a request line (RFC 9112 §2.2).
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > m_limits.maxHeaderBytes)
                return fail(
                    431,
                    Text::tr("the request's headers are larger than %1 bytes").arg(m_limits.maxHeaderBytes));
            return m_state;
        }
        if (end + 4 > m_limits.maxHeaderBytes)
            return fail(
                431, Text::tr("the request's headers are larger than %1 bytes").arg(m_limits.maxHeaderBytes));
        if (parseHeaders(end) == State::Failed)
            return m_state;
        m_buffer.remove(0, end + 4);
        m_headersDone = true;
    }
    if (m_buffer.size() >= m_bodyLength) {
        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_continuePending = false;
        m_state = State::Complete;
    }
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHeaders(qsizetype headerEnd) {
    // Every line, the last included, ends with CRLF; a bare LF is refused (no request smuggling).
    QList<QByteArray> lines = QByteArrayView(m_buffer).first(headerEnd + 2).toByteArray().split('\n');
    lines.removeLast();
    // Request line: METHOD SP TARGET SP HTTP/1.x
    QByteArray requestLine = lines.first();
    if (!requestLine.endsWith('\r'))
        return fail(400, Text::tr("malformed request line"));
    requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || hasControlChars(parts[1]))
        return fail(400, Text::tr("malformed request line"));
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return fail(505, Text::tr("only HTTP/1.0 and HTTP/1.1 are spoken here"));
    m_request = HttpRequest{};
    m_request.method = parts[0];
    m_request.target = parts[1];
    m_request.version = parts[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r'))
            return fail(400, Text::tr("malformed header line"));
        line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return fail(400, Text::tr("malformed header line"));
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (hasControlChars(value))
            return fail(400, Text::tr("malformed header value"));
        if (m_request.headers.size() >= m_limits.maxHeaders)
            return fail(431, Text::tr("the request has more than %1 headers").arg(m_limits.maxHeaders));
        m_request.headers.append({line.left(colon).toLower(), value});
    }

    const QByteArray connection = m_request.header("connection").toLower();
    m_request.keepAlive =
        m_request.version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    if (m_request.hasHeader("transfer-encoding"))
        return fail(411, Text::tr("a chunked request body is not accepted; send Content-Length"));
    m_bodyLength = 0;
    int lengths = 0;
    for (const auto& [name, value] : std::as_const(m_request.headers)) {
        if (name != "content-length")
            continue;
        bool ok = false;
        const qlonglong length = value.toLongLong(&ok);
        if (!ok || length < 0 || value.startsWith('+') || (lengths > 0 && length != m_bodyLength))
            return fail(400, Text::tr("malformed Content-Length"));
        ++lengths;
        if (length > m_limits.maxBodyBytes)
            return fail(413, Text::tr("the request body (%1 bytes) is larger than %2 bytes")
                                 .arg(length)
                                 .arg(m_limits.maxBodyBytes));
        m_bodyLength = qsizetype(length);
    }
    m_continuePending = m_request.header("expect").toLower() == "100-continue";
    return m_state;
}

bool HttpRequestParser::takeContinueRequest() {
    if (!m_continuePending || !m_headersDone || m_state != State::NeedMore)
        return false;
    m_continuePending = false;
    return true;
}

HttpRequest HttpRequestParser::take() {
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest{};
    m_headersDone = false;
    m_bodyLength = 0;
    m_continuePending = false;
    m_state = State::NeedMore;
    return request;
}

} // namespace ws::proxy
