#pragma once

#include "Command.h"

namespace ws::cli {

// `keys list`: the keychain entries the app owns, as recorded in the index, with their state.
class KeysListCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("keys list"); }
    QString summary() const override;
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, false, false}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
