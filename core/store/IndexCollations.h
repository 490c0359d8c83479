#pragma once

#include <QSqlDatabase>

namespace ws {

// SQL collations that order text exactly as the window's table does, for SessionOrder queries:
//   ws_locale  QString::localeAwareCompare (the table's text columns), which may call different
//              strings equal: a query adds its own tie-break, as the table does
//   ws_utf16   UTF-16 code-unit order, QString's operator< (the table's tie-break by session key;
//              SQLite's BINARY compares UTF-8 bytes, which orders characters above U+FFFF differently)
// False when the connection is not SQLite (then an ORDER BY naming them fails, it does not misorder).
bool installOrderCollations(QSqlDatabase& db);

} // namespace ws
