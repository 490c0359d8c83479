#include "net/HttpTransfer.h"

#include "net/HttpClient.h"

namespace ws::net {

HttpTransfer::HttpTransfer(HttpClient* client, QString originKey, QByteArray requestBytes, HttpLimits limits)
    : m_client(client)
    , m_originKey(std::move(originKey))
    , m_requestBytes(std::move(requestBytes))
    , m_limits(limits) {}

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
    for (const auto& [key, value] : m_headers)
        if (key.size() == name.size() && QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

void HttpTransfer::deliver(Result result) {
    if (m_ended)
        return;
    m_ended = true;
    m_connection = nullptr;
    m_outcome = result.outcome;
    m_status = result.status;
    m_headers = std::move(result.headers);
    m_body = std::move(result.body);
    m_bodySizeAtLeast = result.bodySizeAtLeast;
    m_networkError = result.networkError;
    m_errorString = std::move(result.errorString);
    m_sslErrors = std::move(result.sslErrors);
    Q_EMIT finished();
}

} // namespace ws::net
