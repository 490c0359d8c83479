#pragma once

#include "Command.h"

namespace ws::cli {

// `verify [SESSION_KEY]`: ask the server (whoami) whether a session is still alive.
class VerifyCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString argumentSyntax() const override { return QStringLiteral("[SESSION_KEY]"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int maxArguments() const override { return 1; }
    Result<void> validate(const QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, true, false}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
