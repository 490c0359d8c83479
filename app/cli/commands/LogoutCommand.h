#pragma once

#include "Command.h"

namespace ws::cli {

// `logout [SESSION_KEY] [--revoke]`: end the active session (or the given one), like the SDK's logout.
class LogoutCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("logout"); }
    QString argumentSyntax() const override { return QStringLiteral("[SESSION_KEY]"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int maxArguments() const override { return 1; }
    Result<void> validate(const QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser& parser) const override;
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
