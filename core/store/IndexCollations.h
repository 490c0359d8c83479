#pragma once

#include <QSqlDatabase>

namespace ws {

// SQL collations that order text exactly as the window's table does, for SessionOrder queries:
//   ws_locale  QString::localeAwareCompare, ties in UTF-16 code-unit order (the table's session key)
//   ws_utf16   UTF-16 code-unit order, QString's operator< (the table's tie-break; SQLite's BINARY
//              compares UTF-8 bytes, which orders characters above U+FFFF differently)
// False when the connection is not SQLite (then an ORDER BY naming them fails, it does not misorder).
bool installOrderCollations(QSqlDatabase& db);

} // namespace ws
