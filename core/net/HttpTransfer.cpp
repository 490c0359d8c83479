#include "net/HttpTransfer.h"

#include "net/HttpClient.h"

namespace ws::net {

HttpTransfer::HttpTransfer(HttpClient* client, QString originKey, QByteArray requestBytes, HttpLimits limits)
    : m_client(client)
    , m_originKey(std::move(originKey))
    , m_requestBytes(std::move(requestBytes))
    , m_limits(limits) {
    m_result.outcome = Outcome::Pending;
}

HttpTransfer::~HttpTransfer() {
    abort();
}

void HttpTransfer::abort() {
    if (m_ended)
        return;
    m_ended = true;
    if (m_client)
        m_client->abandon(this);
    m_connection = nullptr;
}

QByteArray HttpTransfer::header(QByteArrayView name) const {
    for (const auto& [key, value] : m_result.headers)
        if (key.size() == name.size() && QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

void HttpTransfer::deliver(Result result) {
    if (m_ended)
        return;
    m_ended = true;
    m_connection = nullptr;
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace ws::net
