#pragma once

#include "IndexData.h"

#include <QStringList>

namespace ws {

// An order of the sessions that the index can reproduce exactly in SQL, the same as the window's
// table sorted by that column (ui/model/SessionTableModel::compareRows, ties broken by the session key
// in UTF-16 order as the table's proxy does): by session key, compared locale-aware; or by expiry.
// The first screen of the table is read in this order before the whole index has loaded (issue 14).
struct SessionOrder {
    enum class By { SessionKey, Expiry };
    By by = By::SessionKey;
    bool descending = false;
};

// The first sessions of an index in a SessionOrder: the records (with the key records they use and
// the active session key) and their labels in that order.
struct FirstSessions {
    IndexData data;
    QStringList order;
};

} // namespace ws
