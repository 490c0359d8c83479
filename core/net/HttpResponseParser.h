#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <utility>

namespace ws::net {

// The head of an HTTP/1.x response: status and headers as they came (names compared case-insensitively).
struct HttpResponseHead {
    int status = 0;
    int minorVersion = 1; // HTTP/1.<minorVersion>
    QList<std::pair<QByteArray, QByteArray>> headers;

    // The first value of the header `name`, trimmed; empty when absent.
    QByteArray header(QByteArrayView name) const;
};

// Reads one HTTP/1.1 response from the bytes of a connection as they arrive: status line, headers
// (1xx interim responses skipped), then a body delimited by Content-Length, chunked transfer coding
// or the end of the connection. Holds at most `maxBodyBytes` of body: a larger one (announced, or
// seen) stops the parse in TooLarge without reading the rest. Pure: no I/O, so it is tested and
// fuzzed on its own (tests/api/tst_httpresponseparser.cpp, fuzz/fuzz_http_response.cpp).
class HttpResponseParser {
public:
    enum class State { Head, Body, Done, Failed, TooLarge };

    explicit HttpResponseParser(qint64 maxBodyBytes);

    // The next bytes read from the connection. Bytes after a complete response are not parsed; they
    // make the connection unusable for another request (keepAlive() turns false).
    void feed(QByteArrayView bytes);
    // The peer closed the connection: ends a body that runs to the close; anything else unfinished
    // becomes Failed (a truncated response).
    void finishInput();

    State state() const { return m_state; }
    bool isFinished() const {
        return m_state == State::Done || m_state == State::Failed || m_state == State::TooLarge;
    }
    const HttpResponseHead& head() const { return m_head; }
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    // Failed: what was wrong, in English for the log and the error's detail.
    const QString& failure() const { return m_failure; }
    // TooLarge: the body is at least this many bytes (the announced length, or what was seen).
    qint64 bodySizeAtLeast() const { return m_tooLargeAtLeast; }
    // Whether any byte of a response arrived: a kept-alive connection that closes before one did was
    // closed by the server while idle, and the request may go again on a new connection.
    bool sawAnyByte() const { return m_sawAnyByte; }
    // After Done: whether the connection may carry another request.
    bool keepAlive() const { return m_keepAlive; }

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr qsizetype kMaxChunkLineBytes = 1024;

private:
    enum class BodyMode { Length, Chunked, UntilClose };
    enum class ChunkStep { Size, Data, DataEnd, Trailers };

    void parse();
    bool parseHead(); // false: need more bytes (or failed)
    bool parseStatusLine(QByteArrayView line);
    bool startBody();
    bool parseChunked(); // false: need more bytes (or finished)
    bool appendBody(QByteArrayView bytes);
    void fail(QString why);
    void tooLarge(qint64 atLeast);
    void done();
    // The next line of m_buffer from m_offset, without its CR LF; false if it has not ended yet.
    bool takeLine(QByteArrayView* line, qsizetype limit);

    qint64 m_maxBodyBytes;
    State m_state = State::Head;
    BodyMode m_mode = BodyMode::Length;
    ChunkStep m_chunkStep = ChunkStep::Size;
    qint64 m_remaining = 0; // Length: body bytes still to come; Chunked: of the current chunk
    QByteArray m_buffer;    // bytes received and not parsed yet (from m_offset)
    qsizetype m_offset = 0;
    HttpResponseHead m_head;
    QByteArray m_body;
    QString m_failure;
    qint64 m_tooLargeAtLeast = 0;
    bool m_sawAnyByte = false;
    bool m_keepAlive = false;
};

} // namespace ws::net
