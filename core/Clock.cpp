#include "Clock.h"

#include <QTimeZone>

namespace ws {

QDateTime SystemClock::now() const {
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start)) {}

} // namespace ws
