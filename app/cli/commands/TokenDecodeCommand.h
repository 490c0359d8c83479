#pragma once

#include "Command.h"
#include "token/SessionToken.h"

#include <QJsonObject>
#include <optional>

namespace ws::cli {

// `token decode JWT|-`: print the header and claims of a session JWT (no signature check).
class TokenDecodeCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("token decode"); }
    QString argumentSyntax() const override { return QStringLiteral("JWT|-"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    CommandNeeds needs(const QCommandLineParser&) const override { return {}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

// Shared by `token decode` and `token verify`: the JWT argument (given, or '-' for standard input)...
void addJwtArgument(QCommandLineParser& parser);
struct JwtArgument {
    QByteArray jwt;
    SessionToken token;
};
// ...read and decoded; on failure `context` is told why, and nothing is returned.
std::optional<JwtArgument> readJwtArgument(CliContext& context, const QCommandLineParser& parser);
// The decoded token as JSON, or printed as fields.
QJsonObject tokenJson(const SessionToken& token, const QDateTime& now);
void printToken(Output& out, const SessionToken& token, const QDateTime& now);

} // namespace ws::cli
