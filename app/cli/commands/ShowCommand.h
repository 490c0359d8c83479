#pragma once

#include "Command.h"
#include "api/WalletTypes.h"

namespace ws {
struct SessionInfo;
}

namespace ws::cli {

// `show [SESSION_KEY] [--no-wallets]`: every claim and stored field of one session (default: the active
// one), and what it opens: its organization's wallets and accounts, loaded with the session's own key.
// A failed wallet load does not fail the command (the session is still shown, and the failure said).
class ShowCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("show"); }
    QString argumentSyntax() const override { return QStringLiteral("[SESSION_KEY]"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int maxArguments() const override { return 1; }
    Result<void> validate(const QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser& parser) const override;
    void run(CliContext& context, const QCommandLineParser& parser) override;

private:
    static void print(CliContext& context, const SessionInfo& session,
                      const Result<QList<WalletInfo>>* wallets);
};

} // namespace ws::cli
