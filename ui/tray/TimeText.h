#pragma once

#include <QString>

namespace ws::tray {

// "1 h 05 min", "12 min", "45 s" for a duration; "expired" at or below zero. Minute precision above
// an hour because the tray tooltip is only refreshed once a minute.
QString formatDuration(qint64 seconds);
// "12 min left" / "expired".
QString formatTimeLeft(qint64 seconds);

} // namespace ws::tray
