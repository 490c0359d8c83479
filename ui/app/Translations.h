#pragma once

class QCoreApplication;

namespace ws::ui {

// Loads the app's translation for the system locale (QLocale::system().uiLanguages()) and Qt's own
// (qtbase: the standard buttons and dialogs). Looked for next to the executable first (a build tree:
// bin/translations), then where the packages install them (<prefix>/share/wallet-sessions/translations).
// A locale without a translation keeps the English source text.
void installTranslations(QCoreApplication& app);

} // namespace ws::ui
