#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace ws::proxy {

// One HTTP/1.1 request as the proxy received it.
struct HttpRequest {
    QByteArray method;
    QByteArray target; // as sent: path and query, not decoded
    QByteArray version;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed
    QByteArray body;
    bool keepAlive = true;

    // The first header of that (lower-case) name, or empty.
    QByteArray header(QByteArrayView lowerCaseName) const;
    bool hasHeader(QByteArrayView lowerCaseName) const;
};

// The one HTTP/1.1 request parser of the proxy, used for the TCP and the Unix-socket transport alike.
// Incremental (feed it what arrived), and bounded: a header block above maxHeaderBytes fails with 431,
// a Content-Length above maxBodyBytes fails with 413 as soon as the headers are in (the body is never
// buffered), and a chunked body is refused with 411 (every Turnkey client sends a length).
class HttpRequestParser {
public:
    struct Limits {
        qsizetype maxHeaderBytes = 16 * 1024;
        qsizetype maxBodyBytes = 1024 * 1024;
        int maxHeaders = 100;
    };
    enum class State { NeedMore, Complete, Failed };

    explicit HttpRequestParser(Limits limits);
    HttpRequestParser()
        : HttpRequestParser(Limits{}) {}

    // Appends what arrived and parses as far as it can.
    State feed(QByteArrayView data);
    State state() const { return m_state; }

    // After Complete: the request. The parser moves on to the next request with the bytes left over
    // (a pipelining client); call feed({}) to parse them.
    HttpRequest take();

    // Something is left to parse or to answer: a request taken left pipelined bytes behind (feed({})
    // parses them), or the parser stopped at a complete request or a failure.
    bool hasPendingInput() const { return m_state != State::NeedMore || !m_buffer.isEmpty(); }

    // The headers of the request in progress announced "Expect: 100-continue" and passed every check
    // so far; true once per request (the caller answers "100 Continue").
    bool takeContinueRequest();

    // After Failed: the HTTP status to answer with and why, in one line.
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }

private:
    State fail(int status, QString message);
    State parseHeaders(qsizetype headerEnd);

    Limits m_limits;
    State m_state = State::NeedMore;
    QByteArray m_buffer;
    bool m_headersDone = false;
    qsizetype m_bodyLength = 0;
    bool m_continuePending = false;
    HttpRequest m_request;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace ws::proxy
