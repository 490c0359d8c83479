#pragma once

#include "Command.h"

namespace ws::cli {

// `use SESSION_KEY`: make a stored session the active one.
class UseCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("use"); }
    QString argumentSyntax() const override { return QStringLiteral("SESSION_KEY"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    Result<void> validate(const QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, false, false}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
