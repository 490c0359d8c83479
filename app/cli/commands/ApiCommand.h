#pragma once

#include "Command.h"

namespace ws::cli {

// `api [--session KEY] [-X METHOD] PATH [--data JSON | --data @FILE | --data -] [--no-wait]`: one
// request stamped with a session's key; prints the answer's JSON.
class ApiCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("api"); }
    QString argumentSyntax() const override { return QStringLiteral("PATH"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    Result<void> validate(const QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, true, false}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
