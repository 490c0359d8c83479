#pragma once

#include <QString>
#include <memory>

class QSettings;

namespace ws {

// Where the settings file lives: ~/.config/wallet-sessions/wallet-sessions.conf ($XDG_CONFIG_HOME).
// An explicit path rather than QSettings' organization/application lookup: setting an organization
// name would also move QStandardPaths' AppDataLocation, i.e. the session index and the data directory,
// which must stay where they are. Versions before issue 18 used QSettings' default, which with an
// empty organization is "~/.config/Unknown Organization/wallet-sessions.conf"; openSettingsFile()
// moves that file to the new place once.
QString settingsFilePath(const QString& configDir = {});
QString legacySettingsFilePath(const QString& configDir = {});

// Moves the legacy file to the new path when only the legacy one exists (the old folder is removed
// when it is left empty). Returns a one-sentence problem, or an empty string.
QString migrateLegacySettings(const QString& configDir = {});

// The settings file for the window and the CLI, after the migration. `configDir` empty: the user's
// configuration directory.
std::unique_ptr<QSettings> openSettingsFile(const QString& configDir = {});

} // namespace ws
