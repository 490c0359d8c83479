#include "SettingsFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ws {

namespace {
QString configRoot(const QString& configDir) {
    return configDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                               : configDir;
}
} // namespace

QString settingsFilePath(const QString& configDir) {
    return configRoot(configDir) + QStringLiteral("/wallet-sessions/wallet-sessions.conf");
}

QString legacySettingsFilePath(const QString& configDir) {
    return configRoot(configDir) + QStringLiteral("/Unknown Organization/wallet-sessions.conf");
}

QString migrateLegacySettings(const QString& configDir) {
    const QString target = settingsFilePath(configDir);
    const QString legacy = legacySettingsFilePath(configDir);
    if (QFile::exists(target) || !QFile::exists(legacy))
        return {};
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return QCoreApplication::translate("ws", "Could not create the folder %1.")
            .arg(QFileInfo(target).absolutePath());
    // A rename keeps the file's 0600 mode; across file systems fall back to a copy.
    if (!QFile::rename(legacy, target)) {
        if (!QFile::copy(legacy, target))
            return QCoreApplication::translate("ws", "Could not move the settings from %1 to %2.")
                .arg(legacy, target);
        QFile::remove(legacy);
    }
    QDir().rmdir(QFileInfo(legacy).absolutePath()); // only when empty: other apps may share it
    return {};
}

std::unique_ptr<QSettings> openSettingsFile(const QString& configDir) {
    if (const QString problem = migrateLegacySettings(configDir); !problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return std::make_unique<QSettings>(settingsFilePath(configDir), QSettings::IniFormat);
}

} // namespace ws
