#pragma once

#include "IndexData.h"

#include <QStringList>

namespace ws {

// An order of the sessions that the index can reproduce exactly in SQL, the same as the window's
// table sorted by that column (ui/model/SessionTableModel::compareRows, ties broken by the session key
// in UTF-16 order as the table's proxy does). The first screen of the table is read in this order
// before the whole index has loaded (issue 14). The table's other columns (type, status) sort by
// text or state that only the application computes.
struct SessionOrder {
    enum class By {
        SessionKey,   // locale-aware
        Expiry,       // exp
        User,         // the user's name, else the user ID, locale-aware
        Organization, // the organization's name, else its ID, locale-aware
        ActiveFirst,  // the default session first
    };
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
