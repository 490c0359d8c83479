#pragma once

#include "net/HttpTransfer.h"
#include "proxy/HttpRequestParser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QIODevice;

namespace ws::proxy {

class StampingProxy;

// One client connection, TCP or Unix socket alike (a QIODevice): reads requests with the one parser,
// one at a time (a pipelined request waits for the answer before it), hands each to the proxy and
// writes the answer. Keep-alive as the client asks; closed after an idle timeout, after a framing
// error, and when the client goes away (the request it was waiting for is aborted upstream).
class ProxyConnection : public QObject {
    Q_OBJECT
public:
    ProxyConnection(QIODevice* device, bool overTcp, StampingProxy& proxy, qint64 maxBodyBytes,
                    std::chrono::milliseconds idleTimeout);
    ~ProxyConnection() override;

    bool overTcp() const { return m_overTcp; }
    // Answer the request in progress; the connection reads the next one (or closes).
    void respond(int status, QByteArrayView contentType, QByteArrayView body);
    // The upstream call answering the current request, aborted (and deleted) if the client leaves first.
    void setUpstream(net::HttpTransfer* transfer) { m_upstream = transfer; }
    void close();

private:
    void onReadyRead();
    void process();
    void abandonUpstream();

    QIODevice* m_device;
    bool m_overTcp;
    StampingProxy& m_proxy;
    HttpRequestParser m_parser;
    bool m_busy = false; // a request is being answered
    bool m_keepAlive = true;
    bool m_closing = false;
    QPointer<net::HttpTransfer> m_upstream;
    QTimer m_idle;
};

} // namespace ws::proxy
