#include "SecurityKeyPrompt.h"

#include "CliContext.h"
#include "StdinLine.h"
#include "Terminal.h"
#include "Text.h"
#include "UnixSignals.h"

namespace ws::cli {

namespace {

void attemptOnce(CliContext& context, std::shared_ptr<fido::PasskeySigner> signer, const QString& doing,
                 SecurityKeyAttempt attempt) {
    context.out().notice(Text::tr("Touch your security key to %1 (Ctrl-C cancels).").arg(doing));
    // Ctrl-C while the key waits: the touch is cancelled, and the operation ends CANCELLED with nothing
    // kept (the sign-in destroys its pending key).
    auto* signals = new UnixSignals(&context);
    QObject::connect(signals, &UnixSignals::received, &context,
                     [cancel = signer->cancel](int) { cancel->cancel(); });
    attempt(signer, [&context, signer, doing, attempt, signals](const Error* error) {
        delete signals; // the default handlers again
        if (!error || error->code != ErrorCode::PinRequired || !signer->pin.isEmpty())
            return false;
        // The key wants its PIN: ask once, then the same operation again with it.
        auto* reader = new StdinLine(&context);
        reader->setHidden(true);
        if (stdinIsTerminal())
            context.out().prompt(Text::tr("Security key PIN: "));
        QObject::connect(reader, &StdinLine::lineRead, &context,
                         [&context, signer, doing, attempt, reader](const QString& line) {
                             reader->deleteLater();
                             auto withPin = std::make_shared<fido::PasskeySigner>();
                             withPin->rpId = signer->rpId;
                             withPin->origin = signer->origin;
                             withPin->seam = signer->seam;
                             withPin->timeoutMs = signer->timeoutMs;
                             QByteArray pin = line.toUtf8();
                             withPin->pin = SecureBytes::takeAndWipe(pin);
                             if (withPin->pin.isEmpty())
                                 return context.fail(Error(
                                     ErrorCode::PinRequired,
                                     Text::tr("The security key needs its PIN and none was typed; nothing "
                                              "was stored.")));
                             attemptOnce(context, withPin, doing, attempt);
                         });
        QObject::connect(reader, &StdinLine::ended, &context, [&context, reader]() {
            reader->deleteLater();
            context.fail(Error(ErrorCode::PinRequired,
                               Text::tr("The security key needs its PIN and none was read from standard "
                                        "input; nothing was stored.")));
        });
        reader->start();
        return true;
    });
}

} // namespace

void runWithSecurityKey(CliContext& context, std::shared_ptr<fido::PasskeySigner> signer,
                        const QString& doing, SecurityKeyAttempt attempt) {
    attemptOnce(context, std::move(signer), doing, std::move(attempt));
}

} // namespace ws::cli
