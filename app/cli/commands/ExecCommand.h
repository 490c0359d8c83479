#pragma once

#include "Command.h"

namespace ws::cli {

// `exec [--session KEY] [--allow P]… -- COMMAND [ARGS…]`: runs COMMAND with a stamping proxy on a
// random loopback port for its lifetime, its URL and token (never a key) in COMMAND's environment,
// and exits with COMMAND's status.
class ExecCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("exec"); }
    QString argumentSyntax() const override { return QStringLiteral("-- COMMAND [ARGS...]"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1 << 20; }
    Result<void> validate(const QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, true, true}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
