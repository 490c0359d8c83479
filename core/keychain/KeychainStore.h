#pragma once

#include "SecretStore.h"

#include <chrono>

namespace ws {

// SecretStore over QtKeychain 0.13 (Secret Service / KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows). insecureFallback is never enabled.
//
// QtKeychain runs one job at a time and a hung backend blocks every later job, so each job gets a
// watchdog: when it fires the call fails with KEYCHAIN_UNAVAILABLE, the store turns Unavailable and
// fails new calls fast until a probe succeeds; the late job is left to finish and delete itself
// (deleting it ourselves crashes, Mudlet #10454) and its result is ignored.
class KeychainStore final : public SecretStore {
    Q_OBJECT
public:
    static constexpr char kDefaultService[] = "wallet-sessions";
    static constexpr char kDemoService[] = "wallet-sessions-demo";

    explicit KeychainStore(QString service = QString::fromLatin1(kDefaultService),
                           std::chrono::milliseconds watchdog = std::chrono::seconds(10),
                           QObject* parent = nullptr);
    ~KeychainStore() override;

    QString service() const { return m_service; }
    void setWatchdog(std::chrono::milliseconds watchdog) { m_watchdog = watchdog; }

    void writeSecret(const QString& entry, QByteArrayView secret, QObject* context,
                     Callback<void> done) override;
    void readSecret(const QString& entry, QObject* context, Callback<SecureBytes> done) override;
    void deleteSecret(const QString& entry, QObject* context, Callback<void> done) override;
    Health health() const override { return m_health; }
    void probe(QObject* context, Callback<void> done) override;
    QString describe() const override;

private:
    class Impl;
    friend class Impl;
    void setHealth(Health health);

    QString m_service;
    std::chrono::milliseconds m_watchdog;
    Health m_health = Health::Unknown;
};

} // namespace ws
