#pragma once

#include <QCoreApplication>
#include <QString>

namespace ws {

// User-facing text of the core and the CLI, in the translation context "ws": every file that is not
// a QObject writes `Text::tr("...")`. Spelled with its class at each call because lupdate takes a
// bare tr() call's context from the enclosing namespace or class (a free `tr` brought in by `using`
// would be filed under "ws::tpm", "ws::cli::ListCommand", ... while it looks up "ws" at run time, and
// no translation would ever be found); `Text::tr` is "ws" for lupdate and at run time alike.
class Text {
    Q_DECLARE_TR_FUNCTIONS(ws)
};

// The session index's messages (damage, migration, validation) keep a context of their own.
class IndexText {
    Q_DECLARE_TR_FUNCTIONS(ws::SessionIndex)
};

} // namespace ws
