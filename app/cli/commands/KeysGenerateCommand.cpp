#include "KeysGenerateCommand.h"

#include "CommandOptions.h"
#include "Text.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ws::cli {

namespace {} // namespace

QString KeysGenerateCommand::summary() const {
    return Text::tr("Make a key pair and keep it until you use it (the SDK's createApiKeyPair).");
}

QString KeysGenerateCommand::description() const {
    return summary() + QLatin1Char('\n') +
           Text::tr(
               "Prints the new key's public key (compressed P-256). Register it with Turnkey as an API key,\n"
               "or move a session onto it with 'refresh --public-key PUBLIC_KEY'. The key is a held key:\n"
               "'keys list' shows it, and nothing automatic removes it; 'keys delete PUBLIC_KEY' does.\n"
               "With --key-store tpm the key is made inside this computer's TPM 2.0 and never leaves it.");
}

void KeysGenerateCommand::addOptions(QCommandLineParser& parser) const {
    parser.addOption(keyStoreOption());
}

Result<void> KeysGenerateCommand::validate(const QCommandLineParser& parser) const {
    return keyStore(parser).ok() ? Result<void>{} : Result<void>(keyStore(parser).error());
}

void KeysGenerateCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const KeyStoreKind store = keyStore(parser).value();
    context.manager().generateKeyPair(store, &context, [&context, store](Result<QString> made) {
        if (!made) {
            context.fail(made.error());
            return;
        }
        if (context.out().isJson()) {
            context.out().json(QJsonObject{{QStringLiteral("publicKey"), made.value()},
                                           {QStringLiteral("keyStore"), keyStoreName(store)},
                                           {QStringLiteral("held"), true}});
        } else {
            context.out().line(made.value());
            context.out().note(store == KeyStoreKind::Tpm
                                   ? Text::tr("Made in the TPM and kept as a held key (see 'keys list').")
                                   : Text::tr("Kept in the keychain as a held key (see 'keys list')."));
        }
        context.succeed();
    });
}

} // namespace ws::cli
