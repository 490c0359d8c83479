#pragma once

#include "Command.h"

namespace ws::cli {

// `keys import --api-private-key-file PATH|- [--key-store keychain|tpm]`: an existing key (an API key
// the user already registered with Turnkey) kept as a held key. With --key-store tpm it is moved into
// this computer's TPM (TPM2_Import) and from then on signs only there: `login --api-public-key PUB`
// then needs no key file. The private key is read from a file or stdin, never an argument; prints the
// public key.
class KeysImportCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("keys import"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    Result<void> validate(const QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, false, true}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
