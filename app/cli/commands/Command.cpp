#include "Command.h"

namespace ws::cli {

Command::~Command() = default;

void Command::addOptions(QCommandLineParser&) const {}

Result<void> Command::validate(const QCommandLineParser&) const {
    return {};
}

} // namespace ws::cli
