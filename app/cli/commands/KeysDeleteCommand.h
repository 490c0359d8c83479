#pragma once

#include "Command.h"

namespace ws::cli {

// `keys delete PUBLIC_KEY`: delete one key pair the app keeps and no session uses: a held key (one
// nothing automatic may delete because its session may still exist), a remembered API key, or an
// unused pending key. The only way a held key is ever removed.
class KeysDeleteCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("keys delete"); }
    QString argumentSyntax() const override { return QStringLiteral("PUBLIC_KEY"); }
    QString summary() const override;
    QString description() const override;
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, false, false}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
