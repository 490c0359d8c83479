#pragma once

#include "Command.h"

namespace ws::cli {

// `list`: one row per stored session (or a JSON array of session objects).
class ListCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, false, false}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
