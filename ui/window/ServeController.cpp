#include "ServeController.h"

#include "Error.h"
#include "api/TurnkeyClient.h"
#include "app/ServiceFactory.h"
#include "proxy/ProxyService.h"
#include "store/SessionIndex.h"

namespace ws::ui {

ServeController::ServeController(AppServices& services, QObject* parent)
    : QObject(parent)
    , m_appServices(services) {}

ServeController::~ServeController() {
    stopAll();
}

bool ServeController::isAvailable() const {
    return m_appServices.api() != nullptr;
}

void ServeController::start(const QString& sessionKey, Callback<void> started) {
    if (isServing(sessionKey))
        return started(Result<void>());
    if (!isAvailable())
        return started(Error(ErrorCode::NotSupported,
                             tr("There is no Turnkey API to serve to: set the API URL in Settings.")));
    proxy::ProxyServiceOptions options;
    options.sessionKey = sessionKey;
    options.apiBaseUrl = m_appServices.api()->baseUrl();
    options.ownScheduler = false; // the window's scheduler refreshes every session
    options.dataDirectory = m_appServices.index().directory();
    auto* service = new proxy::ProxyService(m_appServices.manager(), m_appServices.index(),
                                            m_appServices.clock(), std::move(options), this);
    m_services.insert(sessionKey, service);
    connect(service, &proxy::ProxyService::finished, this, [this, sessionKey, service](const Error& reason) {
        if (m_services.value(sessionKey) != service)
            return;
        m_services.remove(sessionKey);
        service->deleteLater();
        Q_EMIT servingEnded(sessionKey, reason.message);
        Q_EMIT servingChanged(sessionKey, false);
    });
    service->start([this, sessionKey, service, started = std::move(started)](Result<void> result) {
        if (!result.ok() && m_services.value(sessionKey) == service) {
            m_services.remove(sessionKey);
            service->deleteLater();
        }
        if (result.ok())
            Q_EMIT servingChanged(sessionKey, true);
        started(std::move(result));
    });
}

void ServeController::stop(const QString& sessionKey) {
    proxy::ProxyService* service = m_services.take(sessionKey);
    if (!service)
        return;
    service->stop();
    service->deleteLater();
    Q_EMIT servingChanged(sessionKey, false);
}

void ServeController::stopAll() {
    const QStringList keys = m_services.keys();
    for (const QString& key : keys)
        stop(key);
}

} // namespace ws::ui
