#pragma once

#include "SessionTypes.h"

#include <QString>

namespace ws {

// One line for a finished batch, worded the same in the window and the tray: `doneText` names what
// succeeded (%1 is the count), then what was skipped, left untouched by a cancel, or failed (with
// each failure's session and message).
QString summarizeBatch(const QString& doneText, const BatchReport& report);
// The same with `done` already worded for its count, so a front end can use a translated plural:
// summarizeBatch(report, tr("Refreshed %n session(s)", nullptr, report.succeededCount())).
QString summarizeBatch(const BatchReport& report, const QString& done);

} // namespace ws
