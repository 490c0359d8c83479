#pragma once

#include "TrayIntegration.h"

#include <QIcon>

namespace ws::tray {

// Drawn at run time rather than loaded from resources: no .qrc in a static library to get dropped by
// the linker (nothing references its initializer), and KDE shows pixmap icons where it hides some
// SVG ones (QTBUG-53550).
QIcon iconFor(TrayIntegration::IconState state);

} // namespace ws::tray
