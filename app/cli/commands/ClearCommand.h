#pragma once

#include "Command.h"

namespace ws::cli {

// `clear SESSION_KEY [--revoke]`: remove one session and delete its key from the keychain.
class ClearCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("clear"); }
    QString argumentSyntax() const override { return QStringLiteral("SESSION_KEY"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    Result<void> validate(const QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser& parser) const override;
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
