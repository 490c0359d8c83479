#include "proxy/ProxyService.h"

#include "Logging.h"
#include "proxy/ProxyPolicy.h"
#include "proxy/ServingRecord.h"
#include "proxy/SessionBinding.h"
#include "session/SessionManager.h"

namespace ws::proxy {

ProxyService::ProxyService(SessionManager& manager, SessionIndex& index, const Clock& clock,
                           ProxyServiceOptions options, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_index(index)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_token(newBearerToken()) {
    m_endTimer.setSingleShot(true);
    m_endTimer.setTimerType(Qt::PreciseTimer); // "at least a second": a coarse timer may fire early
    connect(&m_endTimer, &QTimer::timeout, this, [this] {
        const Error reason = m_binding && m_binding->endReason()
                                 ? *m_binding->endReason()
                                 : Error(ErrorCode::SessionExpired, QString());
        stop();
        Q_EMIT finished(reason);
    });
}

ProxyService::~ProxyService() {
    stop();
}

QString ProxyService::sessionKey() const {
    return m_binding ? m_binding->sessionKey() : QString();
}

QString ProxyService::organizationId() const {
    return m_binding ? m_binding->organizationId() : QString();
}

QUrl ProxyService::url() const {
    return m_proxy ? m_proxy->url() : QUrl();
}

QString ProxyService::socketPath() const {
    return m_proxy ? m_proxy->socketPath() : QString();
}

void ProxyService::start(Callback<void> started) {
    Result<AllowList> allow = AllowList::narrowedTo(m_options.allow);
    if (!allow) {
        QMetaObject::invokeMethod(
            this, [started, e = allow.error()] { started(e); }, Qt::QueuedConnection);
        return;
    }
    m_binding = std::make_unique<SessionBinding>(m_manager, m_index, m_clock);
    m_binding->start(m_options.sessionKey, [this, started, allow = *allow](Result<void> bound) {
        if (!bound) {
            m_binding.reset();
            return started(bound.error());
        }
        ProxyOptions proxyOptions;
        proxyOptions.apiBaseUrl = m_options.apiBaseUrl;
        proxyOptions.token = m_token;
        proxyOptions.allow = allow;
        proxyOptions.maxReplyBytes = m_options.maxReplyBytes;
        m_proxy = std::make_unique<StampingProxy>(*m_binding, proxyOptions);
        connect(m_proxy.get(), &StampingProxy::requestHandled, this, &ProxyService::requestHandled);
        const Result<void> listening = m_options.transport == ProxyServiceOptions::Transport::Tcp
                                           ? m_proxy->listenTcp(m_options.address, m_options.port)
                                           : m_proxy->listenLocal(m_options.socketPath);
        if (!listening) {
            m_proxy.reset();
            m_binding.reset();
            return started(listening.error());
        }
        connect(m_binding.get(), &SessionBinding::ended, this, [this](const Error& reason) {
            if (m_scheduler)
                m_scheduler->stop();
            Q_EMIT sessionEnded(reason);
            m_endTimer.start(m_options.endNotice);
        });
        if (m_options.ownScheduler) {
            SchedulerOptions scheduler = m_options.scheduler;
            scheduler.onlySessions = QStringList{m_binding->sessionKey()};
            m_scheduler = std::make_unique<RefreshScheduler>(m_manager, m_clock, scheduler);
            connect(m_scheduler.get(), &RefreshScheduler::autoRefreshSucceeded, this,
                    &ProxyService::refreshed);
            connect(m_scheduler.get(), &RefreshScheduler::autoRefreshFailed, this,
                    [this](const QString&, const Error& error, bool gaveUp) {
                        Q_EMIT refreshFailed(error, gaveUp);
                    });
            m_scheduler->start();
        }
        if (!m_options.dataDirectory.isEmpty()) {
            m_record = std::make_unique<ServingRecord>(m_options.dataDirectory);
            const QString where =
                m_proxy->socketPath().isEmpty() ? m_proxy->url().toString() : m_proxy->socketPath();
            if (Result<void> announced = m_record->announce(m_binding->sessionKey(), where); !announced)
                qCWarning(lcProxy) << "could not record that the session is served:"
                                   << announced.error().message;
        }
        m_running = true;
        started({});
    });
}

void ProxyService::replan() {
    if (m_scheduler)
        m_scheduler->replan();
}

void ProxyService::stop() {
    m_running = false;
    m_endTimer.stop();
    if (m_scheduler)
        m_scheduler->stop();
    if (m_proxy)
        m_proxy->close();
    if (m_record)
        m_record->withdraw();
}

} // namespace ws::proxy
