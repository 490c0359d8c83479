#include "OtpLogin.h"

#include "CliContext.h"
#include "CommandOptions.h"
#include "LoginReport.h"
#include "StdinLine.h"
#include "Terminal.h"
#include "Text.h"
#include "UnixSignals.h"
#include "api/AuthProxyClient.h"
#include "app/ServiceFactory.h"
#include "session/OtpAttestation.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <memory>

namespace ws::cli {

void runOtpLogin(CliContext& context, const QCommandLineParser& parser,
                 const std::optional<StoredSignIn>& stored) {
    AppServices& services = context.services();
    AuthProxyClient* proxy = services.authProxy();
    if (!proxy) {
        context.fail(Error(ErrorCode::Internal, Text::tr("The Auth Proxy client was not created.")));
        return;
    }
    // A missing config id or a forbidden URL is said before a key is made.
    if (Result<void> usable = proxy->usable(); !usable) {
        context.fail(usable.error());
        return;
    }

    OtpSignInOptions options;
    const bool sms =
        stored ? stored->method.kind == SignInMethod::Kind::Sms : parser.isSet(QStringLiteral("sms"));
    options.type = sms ? OtpType::Sms : OtpType::Email;
    options.contact = stored ? stored->method.detail
                             : parser.value(sms ? QStringLiteral("sms") : QStringLiteral("email")).trimmed();
    options.createAccount = parser.isSet(QStringLiteral("create-account"));
    options.otpSignerKeyHex = services.otpSignerKey();
    options.retryCodes = false; // a wrong code ends the run: exit 4
    auto source = std::make_shared<OtpAttestation>(*proxy, context.clock(), options);

    SignInRequest request = signInRequestFor(parser, stored, context.resolveConfig().config.keyStore);

    auto handle = std::make_shared<SignInHandle>();
    auto noCode = std::make_shared<bool>(false);
    auto* reader = new StdinLine(&context);
    reader->setHidden(true); // a one-time code is a credential while it lives

    QObject::connect(source.get(), &OtpAttestation::codeSent, &context, [&context](const QString& contact) {
        context.out().notice(Text::tr("A one-time code was sent to %1.").arg(contact));
    });
    QObject::connect(source.get(), &OtpAttestation::codeNeeded, &context,
                     [&context, reader](const std::optional<Error>&) {
                         if (stdinIsTerminal())
                             context.out().prompt(Text::tr("Code: "));
                         reader->start();
                     });
    QObject::connect(reader, &StdinLine::lineRead, source.get(),
                     [source = std::weak_ptr<OtpAttestation>(source)](const QString& code) {
                         if (auto s = source.lock())
                             s->submitCode(code);
                     });
    QObject::connect(reader, &StdinLine::ended, &context, [handle, noCode]() {
        *noCode = true;
        handle->cancel();
    });
    // Ctrl-C while the code is awaited (or anything is in flight): the pending key is destroyed first.
    auto* signals = new UnixSignals(&context);
    QObject::connect(signals, &UnixSignals::received, &context, [handle](int) { handle->cancel(); });

    *handle = context.manager().signIn(
        std::move(request), source, &context,
        [&context, source, noCode, signals, contact = options.contact](Result<QString> result) {
            delete signals; // the default handlers again
            if (!result && *noCode)
                return context.fail(
                    Error(ErrorCode::InvalidInput,
                          Text::tr("No code was read from standard input; nothing was stored.")));
            if (!result && source->foundNoAccount())
                return context.fail(Error(
                    ErrorCode::NotFound, Text::tr("No account uses %1; run login again with --create-account "
                                                  "to sign up.")
                                             .arg(contact)));
            reportLogin(context, result);
        });
}

} // namespace ws::cli
