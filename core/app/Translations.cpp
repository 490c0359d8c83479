#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ws {

QString languageFromArguments(const QStringList& arguments) {
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(option + QLatin1Char('=')))
            return arg.mid(option.size() + 1);
    }
    return QString();
}

QString installTranslations(QCoreApplication& app, const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList places = {
        QStringLiteral(":/translations"), appDir + QStringLiteral("/translations"),
        QDir::cleanPath(appDir + QStringLiteral("/../share/wallet-sessions/translations"))};
    QString loaded;
    auto* ours = new QTranslator(&app);
    for (const QString& place : places) {
        if (ours->load(locale, QStringLiteral("wallet-sessions"), QStringLiteral("_"), place)) {
            QCoreApplication::installTranslator(ours);
            loaded = ours->language();
            break;
        }
    }
    // English is the source language, yet "%n session(s)" reads "1 session" / "2 sessions" only
    // through English plural forms (wallet-sessions_en holds those alone): loaded for English and for
    // every language without a translation of its own.
    if (loaded.isEmpty()) {
        for (const QString& place : places) {
            if (ours->load(QStringLiteral("wallet-sessions_en"), place)) {
                QCoreApplication::installTranslator(ours);
                break;
            }
        }
    }
    if (loaded.startsWith(QLatin1String("en")))
        loaded.clear();
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

} // namespace ws
