#pragma once

#include "session/SessionTypes.h"

#include <QString>

namespace ws {

// One line for a finished batch, worded the same in the window and the tray: `done` says what
// succeeded, already worded for its count (tr("Refreshed %n session(s)", nullptr, succeeded)), then
// what was skipped, left untouched by a cancel, or failed (with each failure's session and message).
// Here in ui, not core, so that lupdate puts its plurals in the window's translations.
QString summarizeBatch(const BatchReport& report, const QString& done);

} // namespace ws
