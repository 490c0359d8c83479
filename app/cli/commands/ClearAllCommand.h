#pragma once

#include "Command.h"

namespace ws::cli {

// `clear-all [--yes] [--revoke]`: remove every session; asks first on a terminal, refuses without one unless
// --yes.
class ClearAllCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("clear-all"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser& parser) const override;
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
