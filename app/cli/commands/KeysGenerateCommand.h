#pragma once

#include "Command.h"

namespace ws::cli {

// `keys generate [--key-store keychain|tpm]`: the SDK's createApiKeyPair(), kept until used. Makes a
// P-256 key pair (inside the TPM with --key-store tpm), keeps it as a held key and prints its public
// key: register it with Turnkey as an API key, or refresh a session onto it (`refresh --public-key`).
class KeysGenerateCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("keys generate"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    Result<void> validate(const QCommandLineParser& parser) const override;
    CommandNeeds needs(const QCommandLineParser&) const override { return {true, false, true}; }
    void run(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace ws::cli
