#include "DevServerDemoBackend.h"

#include "DevServer.h"
#include "OidcProvider.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ws::demo {

namespace {

class DevServerDemoBackend final : public ui::DemoBackend {
public:
    explicit DevServerDemoBackend(const Clock& clock)
        : m_clock(clock) {}

    Result<void> start() override {
        devserver::DevServerConfig config;
        config.demo = true;
        auto server = std::make_unique<devserver::DevServer>(config, m_clock);
        if (Result<void> ok = server->listen(QHostAddress::LocalHost, 0); !ok.ok())
            return ok.error().withContext(QCoreApplication::translate("ws", "starting the demo server"));
        m_server = std::move(server);
        return {};
    }

    QUrl url() const override { return m_server ? m_server->url() : QUrl(); }
    QString organizationId() const override { return m_server ? m_server->organizationId() : QString(); }
    QByteArray notarizerPublicKeyHex() const override {
        return m_server ? m_server->notarizerPublicKeyHex() : QByteArray();
    }
    QByteArray apiPublicKeyHex() const override {
        return m_server ? m_server->demoApiPublicKeyHex() : QByteArray();
    }
    SecureBytes apiPrivateKeyHex() const override {
        return m_server ? m_server->demoApiPrivateKeyHex() : SecureBytes();
    }
    QString authProxyConfigId() const override {
        return m_server ? m_server->authProxyConfigId() : QString();
    }
    QByteArray otpSignerPublicKeyHex() const override {
        return m_server ? m_server->otpSignerPublicKeyHex() : QByteArray();
    }
    QJsonArray sentOtpCodes() const override { return m_server ? m_server->sentOtpCodes() : QJsonArray(); }
    QUrl oidcIssuer() const override {
        return m_server && m_server->oidcProvider() ? m_server->oidcProvider()->issuer() : QUrl();
    }

private:
    const Clock& m_clock;
    std::unique_ptr<devserver::DevServer> m_server;
};

} // namespace

std::unique_ptr<ui::DemoBackend> makeDevServerDemoBackend(const Clock& clock) {
    return std::make_unique<DevServerDemoBackend>(clock);
}

} // namespace ws::demo
