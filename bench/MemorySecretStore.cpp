#include "MemorySecretStore.h"

#include <QTimer>

namespace ws::bench {

void MemorySecretStore::writeSecret(const QString& entry, QByteArrayView secret, QObject* context,
                                    Callback<void> done) {
    m_secrets[entry] = secret.toByteArray();
    QTimer::singleShot(0, context, [done = std::move(done)]() { done({}); });
}

void MemorySecretStore::readSecret(const QString& entry, QObject* context, Callback<SecureBytes> done) {
    const auto found = m_secrets.find(entry);
    if (found == m_secrets.end()) {
        QTimer::singleShot(0, context, [done = std::move(done), entry]() {
            done(Error(ErrorCode::NotFound, QStringLiteral("no entry %1").arg(entry)));
        });
        return;
    }
    QTimer::singleShot(0, context,
                       [done = std::move(done), bytes = found->second]() { done(SecureBytes(bytes)); });
}

void MemorySecretStore::deleteSecret(const QString& entry, QObject* context, Callback<void> done) {
    m_secrets.erase(entry);
    QTimer::singleShot(0, context, [done = std::move(done)]() { done({}); });
}

void MemorySecretStore::probe(QObject* context, Callback<void> done) {
    QTimer::singleShot(0, context, [done = std::move(done)]() { done({}); });
}

QString MemorySecretStore::describe() const {
    return QStringLiteral("in-memory secret store (benchmark)");
}

} // namespace ws::bench
