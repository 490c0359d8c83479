#pragma once

#include "Command.h"
#include "session/SessionTypes.h"

namespace ws::cli {

// `refresh [SESSION_KEY | --all]`: replace a session's key pair and token before it expires.
class RefreshCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("refresh"); }
    QString argumentSyntax() const override { return QStringLiteral("[SESSION_KEY | --all]"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int maxArguments() const override { return 1; }
    Result<void> validate(const QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, true, true}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;

private:
    static void finishAll(CliContext& context, const BatchReport& report);
};

} // namespace ws::cli
