#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ws {

// The language asked for on the command line (`--lang de` or `--lang=de`), empty when none. Read
// before the command line is parsed: the parser's own texts (--help) are translated.
QString languageFromArguments(const QStringList& arguments);

// Installs the app's translation and Qt's own (qtbase: the standard buttons and dialogs) for
// `language`, or, when it is empty, for the system's UI languages (QLocale::system().uiLanguages():
// LANGUAGE, then LC_ALL / LC_MESSAGES / LANG). The app's .qm files are embedded under :/translations;
// the installed copies (<prefix>/share/wallet-sessions/translations) and a build tree's
// bin/translations are looked at when a language is not embedded. A language without a translation
// keeps the English source text, with English plural forms. Returns the translation's language
// ("de"), empty for English.
QString installTranslations(QCoreApplication& app, const QString& language = QString());

} // namespace ws
