#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// The Secret Service of the session bus (gnome-keyring in the tests) as any other client sees it,
// spoken to directly over D-Bus: neither QtKeychain nor libsecret is in the way. The suites used to
// run secret-tool for each look, a process each time (up to 500 a minute in the crash suites, more
// CPU than the processes under test); these calls are made from the test process itself.
namespace ws::test::secretservice {

struct Item {
    QString path; // the item's D-Bus object path
    QMap<QString, QString> attributes;
};

// Every item, locked or not, whose attributes include all of `attributes`.
Result<QList<Item>> search(const QMap<QString, QString>& attributes);
// The secret's bytes as stored (over a "plain" session: the bus is private to the test run).
Result<QByteArray> secret(const QString& itemPath);
// Deletes the item; a deletion that would need a prompt is an error.
Result<void> remove(const QString& itemPath);

} // namespace ws::test::secretservice
