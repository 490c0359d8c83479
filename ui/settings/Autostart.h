#pragma once

#include <QString>

namespace ws::ui {

// "Start at login": an XDG autostart entry (~/.config/autostart/wallet-sessions.desktop) that starts
// the app minimized to the tray; turning it off removes the file. The directory is injectable so tests
// never touch the user's real autostart folder.
class Autostart {
public:
    // `directory` empty: $XDG_CONFIG_HOME/autostart (QStandardPaths::GenericConfigLocation).
    explicit Autostart(QString directory = {}, QString executable = {});

    QString entryPath() const;
    bool isEnabled() const;
    // Writes or removes the entry; on failure returns the reason in one sentence, else an empty string.
    QString setEnabled(bool on) const;

private:
    QString m_directory;
    QString m_executable;
};

} // namespace ws::ui
