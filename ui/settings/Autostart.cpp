#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace ws::ui {

Autostart::Autostart(QString directory, QString executable)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                            QStringLiteral("/autostart")
                      : std::move(directory))
    , m_executable(executable.isEmpty() ? QCoreApplication::applicationFilePath() : std::move(executable)) {}

QString Autostart::entryPath() const {
    return m_directory + QStringLiteral("/wallet-sessions.desktop");
}

bool Autostart::isEnabled() const {
    return QFile::exists(entryPath());
}

QString Autostart::setEnabled(bool on) const {
    if (!on) {
        if (QFile::exists(entryPath()) && !QFile::remove(entryPath()))
            return QCoreApplication::translate("ws", "Could not remove %1.").arg(entryPath());
        return {};
    }
    if (!QDir().mkpath(m_directory))
        return QCoreApplication::translate("ws", "Could not create the folder %1.").arg(m_directory);
    // Exec quoting per the Desktop Entry spec: the path in double quotes, with \ " ` $ escaped.
    QString exec = m_executable;
    for (const QChar c : {QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('`'), QLatin1Char('$')})
        exec.replace(c, QStringLiteral("\\") + c);
    const QString entry =
        QStringLiteral("[Desktop Entry]\n"
                       "Type=Application\n"
                       "Name=Wallet Sessions\n"
                       "Comment=%1\n"
                       "Exec=\"%2\" --minimized\n"
                       "Icon=wallet-sessions\n"
                       "Terminal=false\n"
                       "X-GNOME-Autostart-enabled=true\n")
            .arg(QCoreApplication::translate("ws", "Keep Turnkey wallet sessions fresh"), exec);
    QSaveFile file(entryPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit())
        return QCoreApplication::translate("ws", "Could not write %1: %2.")
            .arg(entryPath(), file.errorString());
    return {};
}

} // namespace ws::ui
