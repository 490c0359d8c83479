#pragma once

#include "Command.h"

namespace ws::cli {

// `keys clean`: delete key pairs no session uses (the SDK's clearUnusedKeyPairs) and finish interrupted
// operations.
class KeysCleanCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("keys clean"); }
    QString summary() const override;
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, false, false}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
