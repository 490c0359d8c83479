#pragma once

#include <QString>

namespace ws::cli {

// True when standard input is an interactive terminal (a confirmation can be asked).
bool stdinIsTerminal();

// Asks `question` on stderr and reads one answer line from stdin; true only for "y" or "yes".
bool askConfirmation(const QString& question);

} // namespace ws::cli
