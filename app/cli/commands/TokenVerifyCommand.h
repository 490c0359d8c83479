#pragma once

#include "Command.h"

namespace ws::cli {

// `token verify JWT|- [--notarizer-key HEX]`: decode a session JWT and check its notarizer signature.
class TokenVerifyCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("token verify"); }
    QString argumentSyntax() const override { return QStringLiteral("JWT|-"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    CommandNeeds needs(const QCommandLineParser&) const override { return {}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
