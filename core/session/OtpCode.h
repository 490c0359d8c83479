#pragma once

#include <QString>

namespace ws::otp {

// A one-time code as the user typed or pasted it, the way Turnkey's codes are written: what a mail
// client or a phone adds (spaces, dashes, a trailing full stop) dropped, letters in upper case (the
// alphanumeric codes are A–Z and 0–9), letters dropped altogether for a digits-only code, cut to
// `length` when it is known (> 0). The window's code field and the CLI's stdin both go through it.
QString normalizeCode(const QString& typed, int length = 0, bool alphanumeric = true);

} // namespace ws::otp
