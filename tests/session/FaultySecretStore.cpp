#include "FaultySecretStore.h"

#include <QPointer>
#include <QTimer>
#include <memory>

namespace ws::test {

FaultySecretStore::FaultySecretStore(SecretStore& inner, QObject* parent)
    : SecretStore(parent)
    , m_inner(inner) {}

void FaultySecretStore::failNext(Op op, Error error, int count, const QString& entryFilter) {
    m_faults.append(Fault{op, std::move(error), count, entryFilter});
}

void FaultySecretStore::delayNext(Op op, int ms, int count) {
    m_delays.append(Delay{op, ms, count});
}

void FaultySecretStore::makeUnavailable(Error error) {
    m_unavailable = std::move(error);
}

void FaultySecretStore::reset() {
    m_faults.clear();
    m_delays.clear();
}

bool FaultySecretStore::takeFault(Op op, const QString& entry, Error* error) {
    ++m_calls[int(op)];
    if (m_unavailable) {
        *error = *m_unavailable;
        ++m_injected;
        return true;
    }
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (it->op != op || it->count <= 0 || (!it->filter.isEmpty() && !entry.contains(it->filter)))
            continue;
        *error = it->error;
        if (--it->count == 0)
            m_faults.erase(it);
        ++m_injected;
        return true;
    }
    return false;
}

int FaultySecretStore::takeDelay(Op op) {
    for (auto it = m_delays.begin(); it != m_delays.end(); ++it) {
        if (it->op != op || it->count <= 0)
            continue;
        const int ms = it->ms;
        if (--it->count == 0)
            m_delays.erase(it);
        return ms;
    }
    return 0;
}

namespace {

template <typename T>
void failLater(QObject* self, QObject* context, Callback<T> done, Error error) {
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    QTimer::singleShot(0, self, [guard, guarded, done, error]() {
        if (guarded && !guard)
            return;
        done(error);
    });
}

} // namespace

void FaultySecretStore::probe(QObject* context, Callback<void> done) {
    if (m_unavailable)
        return failLater(this, context, std::move(done), *m_unavailable);
    m_inner.probe(context, std::move(done));
}

void FaultySecretStore::writeSecret(const QString& entry, QByteArrayView secret, QObject* context,
                                    Callback<void> done) {
    Error error;
    if (takeFault(Op::Write, entry, &error))
        return failLater(this, context, std::move(done), error);
    if (const int ms = takeDelay(Op::Write)) {
        auto copy = std::make_shared<SecureBytes>(secret);
        QPointer<QObject> guard(context);
        QTimer::singleShot(ms, this, [this, entry, copy, guard, done]() {
            if (guard)
                m_inner.writeSecret(entry, copy->view(), guard.data(), done);
        });
        return;
    }
    m_inner.writeSecret(entry, secret, context, std::move(done));
}

void FaultySecretStore::readSecret(const QString& entry, QObject* context, Callback<SecureBytes> done) {
    Error error;
    if (takeFault(Op::Read, entry, &error))
        return failLater(this, context, std::move(done), error);
    if (const int ms = takeDelay(Op::Read)) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(ms, this, [this, entry, guard, done]() {
            if (guard)
                m_inner.readSecret(entry, guard.data(), done);
        });
        return;
    }
    m_inner.readSecret(entry, context, std::move(done));
}

void FaultySecretStore::deleteSecret(const QString& entry, QObject* context, Callback<void> done) {
    Error error;
    if (takeFault(Op::Delete, entry, &error))
        return failLater(this, context, std::move(done), error);
    if (const int ms = takeDelay(Op::Delete)) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(ms, this, [this, entry, guard, done]() {
            if (guard)
                m_inner.deleteSecret(entry, guard.data(), done);
        });
        return;
    }
    m_inner.deleteSecret(entry, context, std::move(done));
}

} // namespace ws::test
