#pragma once

#include "Command.h"

namespace ws::cli {

// `show [SESSION_KEY]`: every claim and stored field of one session (default: the active one).
class ShowCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("show"); }
    QString argumentSyntax() const override { return QStringLiteral("[SESSION_KEY]"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int maxArguments() const override { return 1; }
    Result<void> validate(const QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, false, false}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
