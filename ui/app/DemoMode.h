#pragma once

#include "DemoBackend.h"
#include "Result.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <chrono>
#include <memory>

namespace ws {
class SecretStore;
class SessionManager;
struct IndexData;
} // namespace ws

namespace ws::ui {

// --demo: a DemoBackend server runs in-process on 127.0.0.1 (a free port), data lives in a temporary
// directory and keys in the separate "wallet-sessions-demo" keychain service, so nothing mixes with
// real sessions. Once the app is up, logs in three sessions with short, different lifetimes.
class DemoMode : public QObject {
    Q_OBJECT
public:
    struct DemoSession {
        const char* key;
        qint64 lifetimeSecs;
        bool autoRefresh; // demo-2min is left to expire so expiry can be seen too
    };
    static constexpr DemoSession kSessions[] = {
        {"demo-2min", 120, false},
        {"demo-5min", 300, true},
        {"demo-15min", 900, true},
    };

    explicit DemoMode(std::unique_ptr<DemoBackend> backend, QObject* parent = nullptr);
    ~DemoMode() override;

    Result<void> start(); // temp dir + server
    QString dataDirectory() const;
    QString settingsFile() const;
    QUrl apiUrl() const;
    QString organizationId() const; // the demo user's organization
    QByteArray notarizerPublicKeyHex() const;
    QString authProxyConfigId() const;
    QByteArray otpSignerPublicKeyHex() const;
    // The demo server's OpenID provider ("Demo ID"), offered as "Continue with Demo ID".
    QUrl oidcIssuer() const;
    // The codes the demo server's Auth Proxy sent (the demo inbox shows them).
    QJsonArray sentOtpCodes() const;

    // The demo's sessions die with its in-process server and its index with the temporary directory:
    // deletes every keychain entry that index lists (session keys, the remembered demo API key), so
    // demo runs leave nothing in the keychain. Waits for the keychain at most `limit`.
    static void forgetKeys(SecretStore& secrets, const IndexData& data, std::chrono::milliseconds limit);

    // Logs in the three demo sessions one after another; `done` gets the first failure, if any.
    void createSessions(SessionManager& sessions, QObject* context, Callback<void> done);

private:
    void createNext(SessionManager& sessions, int index, QObject* context, Callback<void> done);

    std::unique_ptr<DemoBackend> m_backend;
    QTemporaryDir m_dir;
};

} // namespace ws::ui
