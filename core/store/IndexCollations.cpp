#include "IndexCollations.h"

#include <QSqlDriver>
#include <QString>
#include <QVariant>
#include <sqlite3.h>

namespace ws {

namespace {

// SQLite hands SQLITE_UTF16 collations native-endian UTF-16 with byte lengths.
QStringView utf16View(int bytes, const void* data) {
    return QStringView(static_cast<const char16_t*>(data), bytes / qsizetype(sizeof(char16_t)));
}

int compareUtf16(void*, int leftBytes, const void* left, int rightBytes, const void* right) {
    return utf16View(leftBytes, left).compare(utf16View(rightBytes, right), Qt::CaseSensitive);
}

int compareLocale(void*, int leftBytes, const void* left, int rightBytes, const void* right) {
    return QString::localeAwareCompare(utf16View(leftBytes, left), utf16View(rightBytes, right));
}

} // namespace

bool installOrderCollations(QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.data());
    if (!connection)
        return false;
    return sqlite3_create_collation(connection, "ws_locale", SQLITE_UTF16, nullptr, &compareLocale) ==
               SQLITE_OK &&
           sqlite3_create_collation(connection, "ws_utf16", SQLITE_UTF16, nullptr, &compareUtf16) ==
               SQLITE_OK;
}

} // namespace ws
