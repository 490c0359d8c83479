#include "net/HttpResponseParser.h"

#include "Text.h"

#include <algorithm>

namespace ws::net {

namespace {

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b) {
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isTokenChar(char c) {
    // RFC 9110 tchar.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// The comma-separated elements of a list header, trimmed and without empty ones.
QList<QByteArray> listElements(const QByteArray& value) {
    QList<QByteArray> elements;
    for (const QByteArray& part : value.split(',')) {
        const QByteArray element = part.trimmed();
        if (!element.isEmpty())
            elements.append(element);
    }
    return elements;
}

// A whole non-negative decimal number that fits comfortably in qint64; -1 otherwise.
qint64 parseDecimal(QByteArrayView text) {
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

qint64 parseHex(QByteArrayView text) {
    if (text.isEmpty() || text.size() > 15)
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

} // namespace

QByteArray HttpResponseHead::header(QByteArrayView name) const {
    for (const auto& [key, value] : headers)
        if (equalsIgnoringCase(key, name))
            return value;
    return {};
}

HttpResponseParser::HttpResponseParser(qint64 maxBodyBytes)
    : m_maxBodyBytes(std::max<qint64>(0, maxBodyBytes)) {}

void HttpResponseParser::feed(QByteArrayView bytes) {
    if (bytes.isEmpty())
        return;
    if (isFinished()) {
        m_keepAlive = false; // more than one response's worth: the connection is out of step
        return;
    }
    m_sawAnyByte = true;
    m_buffer.append(bytes);
    parse();
    if (isFinished()) {
        m_buffer.clear();
        m_offset = 0;
    } else if (m_offset > 0) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
}

void HttpResponseParser::finishInput() {
    if (isFinished())
        return;
    if (m_state == State::Body && m_mode == BodyMode::UntilClose) {
        done();
        return;
    }
    fail(m_sawAnyByte ? Text::tr("the connection closed in the middle of the response")
                      : Text::tr("the connection closed before a response"));
}

void HttpResponseParser::parse() {
    for (;;) {
        const qsizetype available = m_buffer.size() - m_offset;
        switch (m_state) {
        case State::Head:
            if (!parseHead())
                return;
            break;
        case State::Body:
            switch (m_mode) {
            case BodyMode::Length: {
                const qsizetype take = qsizetype(std::min<qint64>(m_remaining, available));
                if (!appendBody(QByteArrayView(m_buffer).sliced(m_offset, take)))
                    return;
                m_offset += take;
                m_remaining -= take;
                if (m_remaining > 0)
                    return;
                done();
                break;
            }
            case BodyMode::Chunked:
                if (!parseChunked())
                    return;
                break;
            case BodyMode::UntilClose:
                if (appendBody(QByteArrayView(m_buffer).sliced(m_offset)))
                    m_offset = m_buffer.size();
                return;
            }
            break;
        case State::Done:
            if (available > 0)
                m_keepAlive = false;
            return;
        case State::Failed:
        case State::TooLarge:
            return;
        }
    }
}

bool HttpResponseParser::takeLine(QByteArrayView* line, qsizetype limit) {
    const qsizetype newline = m_buffer.indexOf('\n', m_offset);
    const qsizetype end = newline < 0 ? m_buffer.size() : newline;
    qsizetype length = end - m_offset;
    if (newline >= 0 && length > 0 && m_buffer.at(end - 1) == '\r')
        --length;
    if (length > limit) {
        fail(Text::tr("a line of the response is longer than %1 bytes").arg(limit));
        return false;
    }
    if (newline < 0)
        return false;
    *line = QByteArrayView(m_buffer).sliced(m_offset, length);
    m_offset = newline + 1;
    return true;
}

bool HttpResponseParser::parseStatusLine(QByteArrayView line) {
    // HTTP/1.x SP 3DIGIT [SP reason]
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line[7] < '0' || line[7] > '9' || line[8] != ' ') {
        fail(Text::tr("the status line is not HTTP/1.x: '%1'")
                 .arg(QString::fromLatin1(line.first(std::min<qsizetype>(line.size(), 60)))));
        return false;
    }
    const qint64 status = parseDecimal(line.sliced(9, 3));
    if (status < 100 || status > 599 || (line.size() > 12 && line[12] != ' ')) {
        fail(Text::tr("the status line has no valid status code: '%1'")
                 .arg(QString::fromLatin1(line.first(std::min<qsizetype>(line.size(), 60)))));
        return false;
    }
    m_head.status = int(status);
    m_head.minorVersion = line[7] - '0';
    return true;
}

bool HttpResponseParser::parseHead() {
    // Only a complete head is parsed, so that its size is capped before anything of it is kept.
    qsizetype scan = m_offset;
    qsizetype headEnd = -1;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', scan);
        if (newline < 0)
            break;
        const qsizetype lineLength = newline - scan;
        if (scan > m_offset && (lineLength == 0 || (lineLength == 1 && m_buffer.at(scan) == '\r'))) {
            headEnd = newline + 1;
            break;
        }
        scan = newline + 1;
    }
    if (headEnd < 0) {
        if (m_buffer.size() - m_offset > kMaxHeadBytes)
            fail(Text::tr("the response's headers are larger than %1 bytes").arg(kMaxHeadBytes));
        return false;
    }
    if (headEnd - m_offset > kMaxHeadBytes) {
        fail(Text::tr("the response's headers are larger than %1 bytes").arg(kMaxHeadBytes));
        return false;
    }

    m_head = {};
    QByteArrayView line;
    takeLine(&line, kMaxHeadBytes);
    if (!parseStatusLine(line))
        return false;
    while (m_offset < headEnd) {
        takeLine(&line, kMaxHeadBytes);
        if (line.isEmpty())
            break;
        if (line.front() == ' ' || line.front() == '\t') {
            fail(Text::tr("the response has a folded header line"));
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView name = colon < 0 ? QByteArrayView() : line.first(colon);
        if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isTokenChar)) {
            fail(Text::tr("the response has a malformed header line"));
            return false;
        }
        m_head.headers.append({name.toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    m_offset = headEnd;

    if (m_head.status < 200) {
        if (m_head.status == 101) {
            fail(Text::tr("the server switched protocols"));
            return false;
        }
        return true; // an interim response (100 Continue, 103 Early Hints): the real one follows
    }
    return startBody();
}

bool HttpResponseParser::startBody() {
    const QList<QByteArray> connection = listElements(m_head.header("connection"));
    const auto says = [&connection](QByteArrayView option) {
        return std::any_of(connection.begin(), connection.end(),
                           [option](const QByteArray& e) { return equalsIgnoringCase(e, option); });
    };
    m_keepAlive = m_head.minorVersion >= 1 ? !says("close") : says("keep-alive");

    if (m_head.status == 204 || m_head.status == 304) {
        done();
        return true;
    }
    const QList<QByteArray> codings = listElements(m_head.header("transfer-encoding"));
    if (!codings.isEmpty()) {
        // Transfer-Encoding wins over any Content-Length (RFC 9112 6.3); a coding other than chunked
        // last means the body runs to the close.
        if (equalsIgnoringCase(codings.last(), "chunked")) {
            m_mode = BodyMode::Chunked;
            m_chunkStep = ChunkStep::Size;
        } else {
            m_mode = BodyMode::UntilClose;
        }
        m_keepAlive = m_keepAlive && m_mode == BodyMode::Chunked && m_head.header("content-length").isEmpty();
        m_state = State::Body;
        return true;
    }
    qint64 length = -1;
    for (const auto& [name, value] : std::as_const(m_head.headers)) {
        if (!equalsIgnoringCase(name, "content-length"))
            continue;
        for (const QByteArray& element : listElements(value)) {
            const qint64 parsed = parseDecimal(element);
            if (parsed < 0 || (length >= 0 && parsed != length)) {
                fail(Text::tr("the response's Content-Length is invalid or conflicting"));
                return false;
            }
            length = parsed;
        }
        if (length < 0) {
            fail(Text::tr("the response's Content-Length is empty"));
            return false;
        }
    }
    if (length < 0) {
        m_mode = BodyMode::UntilClose;
        m_keepAlive = false;
        m_state = State::Body;
        return true;
    }
    if (length > m_maxBodyBytes) {
        tooLarge(length);
        return false;
    }
    if (length == 0) {
        done();
        return true;
    }
    m_mode = BodyMode::Length;
    m_remaining = length;
    m_state = State::Body;
    return true;
}

bool HttpResponseParser::parseChunked() {
    for (;;) {
        QByteArrayView line;
        switch (m_chunkStep) {
        case ChunkStep::Size: {
            if (!takeLine(&line, kMaxChunkLineBytes))
                return false;
            const qsizetype extension = line.indexOf(';');
            const qint64 size = parseHex((extension < 0 ? line : line.first(extension)).trimmed());
            if (size < 0) {
                fail(Text::tr("the response has a malformed chunk size"));
                return false;
            }
            if (size == 0) {
                m_chunkStep = ChunkStep::Trailers;
                break;
            }
            if (m_body.size() + size > m_maxBodyBytes) {
                tooLarge(m_body.size() + size);
                return false;
            }
            m_remaining = size;
            m_chunkStep = ChunkStep::Data;
            break;
        }
        case ChunkStep::Data: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, m_buffer.size() - m_offset));
            if (!appendBody(QByteArrayView(m_buffer).sliced(m_offset, take)))
                return false;
            m_offset += take;
            m_remaining -= take;
            if (m_remaining > 0)
                return false;
            m_chunkStep = ChunkStep::DataEnd;
            break;
        }
        case ChunkStep::DataEnd:
            if (!takeLine(&line, 1))
                return false;
            if (!line.isEmpty()) {
                fail(Text::tr("a chunk of the response is not followed by CR LF"));
                return false;
            }
            m_chunkStep = ChunkStep::Size;
            break;
        case ChunkStep::Trailers:
            if (!takeLine(&line, kMaxHeadBytes))
                return false;
            if (line.isEmpty()) {
                done();
                return true;
            }
            break; // a trailer field: nothing here needs one
        }
    }
}

bool HttpResponseParser::appendBody(QByteArrayView bytes) {
    if (m_body.size() + bytes.size() > m_maxBodyBytes) {
        tooLarge(m_body.size() + bytes.size());
        return false;
    }
    m_body.append(bytes);
    return true;
}

void HttpResponseParser::fail(QString why) {
    m_state = State::Failed;
    m_failure = std::move(why);
    m_keepAlive = false;
    m_body.clear();
}

void HttpResponseParser::tooLarge(qint64 atLeast) {
    m_state = State::TooLarge;
    m_tooLargeAtLeast = atLeast;
    m_keepAlive = false;
    m_body.clear();
}

void HttpResponseParser::done() {
    m_state = State::Done;
}

} // namespace ws::net
