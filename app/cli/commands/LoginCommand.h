#pragma once

#include "Command.h"

namespace ws::cli {

// `login`: create a session with an API key. The private key is read from a file or stdin, never from an
// argument.
class LoginCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    Result<void> validate(const QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, true, true}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
