#pragma once

#include <QCoreApplication>
#include <QString>

namespace ws::text {

// User-facing text of the core and the CLI, in the translation context "ws". One definition for every
// file that is not a QObject (a QObject uses its own tr()): files bring it in with `using text::tr;`,
// which, unlike a helper defined per file, may be repeated in one unity-build batch.
inline QString tr(const char* text) {
    return QCoreApplication::translate("ws", text);
}

// The session index's messages keep their own context.
inline QString indexTr(const char* text) {
    return QCoreApplication::translate("ws::SessionIndex", text);
}

} // namespace ws::text
