#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ws::ui {

void installTranslations(QCoreApplication& app) {
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList places = {
        appDir + QStringLiteral("/translations"),
        QDir::cleanPath(appDir + QStringLiteral("/../share/wallet-sessions/translations"))};
    auto* ours = new QTranslator(&app);
    for (const QString& place : places) {
        if (ours->load(QLocale::system(), QStringLiteral("wallet-sessions"), QStringLiteral("_"), place)) {
            QCoreApplication::installTranslator(ours);
            break;
        }
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace ws::ui
