#include "FaultInjector.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace ws::devserver {

namespace {

// A non-negative integer field, absent = keep `current`.
Result<int> readCount(const QJsonObject& object, const QString& name, int current, int max) {
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return current;
    if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInt(-1)) || value.toInt() < 0 ||
        value.toInt() > max) {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ws", "'%1' must be an integer from 0 to %2").arg(name).arg(max));
    }
    return value.toInt();
}

} // namespace

QJsonObject FaultSettings::toJson() const {
    return QJsonObject{
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("failNext"), QJsonObject{{QStringLiteral("status"), failStatus},
                                                 {QStringLiteral("count"), failCount},
                                                 {QStringLiteral("body"), QString::fromUtf8(failBody)}}},
        {QStringLiteral("dropNext"), dropCount},
        {QStringLiteral("malformNext"), malformCount},
        {QStringLiteral("pendingPolls"), pendingPolls}};
}

Result<void> FaultInjector::apply(const QJsonObject& request) {
    FaultSettings next = m_settings;
    if (request.value(QStringLiteral("reset")).toBool())
        next = FaultSettings{};

    constexpr int kMaxCount = 1000000;
    auto latency = readCount(request, QStringLiteral("latencyMs"), next.latencyMs, 10 * 60 * 1000);
    if (!latency)
        return latency.error();
    next.latencyMs = *latency;
    auto drop = readCount(request, QStringLiteral("dropNext"), next.dropCount, kMaxCount);
    if (!drop)
        return drop.error();
    next.dropCount = *drop;
    auto malform = readCount(request, QStringLiteral("malformNext"), next.malformCount, kMaxCount);
    if (!malform)
        return malform.error();
    next.malformCount = *malform;
    auto pending = readCount(request, QStringLiteral("pendingPolls"), next.pendingPolls, kMaxCount);
    if (!pending)
        return pending.error();
    next.pendingPolls = *pending;

    const QJsonValue fail = request.value(QStringLiteral("failNext"));
    if (!fail.isUndefined()) {
        if (!fail.isObject())
            return Error(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("ws", "'failNext' must be an object {status, count, body?}"));
        const QJsonObject failObject = fail.toObject();
        auto status = readCount(failObject, QStringLiteral("status"), 0, 599);
        if (!status)
            return status.error();
        if (*status < 100)
            return Error(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("ws", "'failNext.status' must be an HTTP status (100-599)"));
        auto count = readCount(failObject, QStringLiteral("count"), 1, kMaxCount);
        if (!count)
            return count.error();
        const QJsonValue body = failObject.value(QStringLiteral("body"));
        if (!body.isUndefined() && !body.isString())
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ws", "'failNext.body' must be a string"));
        next.failStatus = *status;
        next.failCount = *count;
        next.failBody = body.toString().toUtf8();
    }
    m_settings = next;
    return {};
}

FaultInjector::Action FaultInjector::takeRequestAction() {
    if (m_settings.dropCount > 0) {
        --m_settings.dropCount;
        return Action::Drop;
    }
    if (m_settings.failCount > 0) {
        --m_settings.failCount;
        return Action::Fail;
    }
    return Action::None;
}

bool FaultInjector::takeMalform() {
    if (m_settings.malformCount <= 0)
        return false;
    --m_settings.malformCount;
    return true;
}

int FaultInjector::takePendingPolls() {
    const int polls = m_settings.pendingPolls;
    m_settings.pendingPolls = 0;
    return polls;
}

QByteArray FaultInjector::malformed(const QByteArray& body) {
    if (body.size() < 4)
        return QByteArrayLiteral("{\"activity\":");
    return body.left(body.size() / 2);
}

} // namespace ws::devserver
