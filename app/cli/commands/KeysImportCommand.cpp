#include "KeysImportCommand.h"

#include "CommandOptions.h"
#include "SecretInput.h"
#include "Text.h"
#include "session/SessionManager.h"

#include <QJsonObject>

namespace ws::cli {

namespace {
const QString kKeyFile = QStringLiteral("api-private-key-file");
}

QString KeysImportCommand::summary() const {
    return Text::tr("Keep an existing API key, in the keychain or moved into this computer's TPM.");
}

QString KeysImportCommand::description() const {
    return summary() + QLatin1Char('\n') +
           Text::tr(
               "Reads the private key (64 hex digits) from --api-private-key-file PATH, or from standard\n"
               "input with '-', never from an argument, and prints its public key. The key is a held key:\n"
               "'keys list' shows it, nothing automatic removes it, 'keys delete PUBLIC_KEY' does. With\n"
               "--key-store tpm it is imported into the TPM 2.0 and signs only there; delete your file\n"
               "copy afterwards if the TPM is to be its only home. 'login --api-public-key PUBLIC_KEY'\n"
               "then uses it with no key file.");
}

void KeysImportCommand::addOptions(QCommandLineParser& parser) const {
    parser.addOption({kKeyFile,
                      Text::tr("File holding the private key as 64 hex digits, or '-' for standard input."),
                      QStringLiteral("PATH")});
    parser.addOption(keyStoreOption());
}

Result<void> KeysImportCommand::validate(const QCommandLineParser& parser) const {
    if (!parser.isSet(kKeyFile))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("keys import needs --api-private-key-file PATH (or - for standard input)"));
    return keyStore(parser).ok() ? Result<void>{} : Result<void>(keyStore(parser).error());
}

void KeysImportCommand::run(CliContext& context, const QCommandLineParser& parser) {
    Result<SecureBytes> privateKey = readPrivateKeyHex(parser.value(kKeyFile));
    if (!privateKey)
        return context.fail(privateKey.error());
    // validate() refused any other value; without --key-store, the settings' default.
    const KeyStoreKind store = keyStore(parser, context.resolveConfig().config.keyStore).value();
    auto secret = std::make_shared<const SecureBytes>(std::move(privateKey.value()));
    context.manager().importKeyPair(secret, store, &context, [&context, store](Result<QString> kept) {
        if (!kept)
            return context.fail(kept.error());
        if (context.out().isJson()) {
            context.out().json(QJsonObject{{QStringLiteral("publicKey"), kept.value()},
                                           {QStringLiteral("keyStore"), keyStoreName(store)},
                                           {QStringLiteral("held"), true}});
        } else {
            context.out().line(kept.value());
            context.out().note(
                store == KeyStoreKind::Tpm
                    ? Text::tr("Imported into the TPM and kept as a held key (see 'keys list').")
                    : Text::tr("Kept in the keychain as a held key (see 'keys list')."));
        }
        context.succeed();
    });
}

} // namespace ws::cli
