#include "SecurityKeyPrompt.h"

#include "CliContext.h"
#include "StdinLine.h"
#include "Terminal.h"
#include "Text.h"
#include "UnixSignals.h"

namespace ws::cli {

namespace {

// The same key and site for another attempt, with a cancel of its own.
std::shared_ptr<fido::PasskeySigner> again(const fido::PasskeySigner& signer) {
    auto next = std::make_shared<fido::PasskeySigner>();
    next->rpId = signer.rpId;
    next->origin = signer.origin;
    next->seam = signer.seam;
    next->timeoutMs = signer.timeoutMs;
    next->account = signer.account;
    next->pin = SecureBytes(signer.pin.view());
    return next;
}

void attemptOnce(CliContext& context, std::shared_ptr<fido::PasskeySigner> signer, const QString& doing,
                 SecurityKeyAttempt attempt);

// Reads one line (hidden for a PIN) from the terminal or standard input, then runs `withLine`.
void askLine(CliContext& context, const QString& prompt, bool hidden, const QString& noneRead,
             std::function<void(QString)> withLine) {
    auto* reader = new StdinLine(&context);
    reader->setHidden(hidden);
    if (stdinIsTerminal())
        context.out().prompt(prompt);
    QObject::connect(reader, &StdinLine::lineRead, &context, [reader, withLine](const QString& line) {
        reader->deleteLater();
        withLine(line);
    });
    QObject::connect(reader, &StdinLine::ended, &context, [&context, reader, noneRead]() {
        reader->deleteLater();
        context.fail(Error(ErrorCode::InvalidInput, noneRead));
    });
    reader->start();
}

// After an attempt: the key asked for its PIN, or which account: ask once, then try again.
bool takeOver(CliContext& context, const std::shared_ptr<fido::PasskeySigner>& signer, const QString& doing,
              const SecurityKeyAttempt& attempt, const Error& error) {
    if (error.code == ErrorCode::PinRequired && signer->pin.isEmpty()) {
        askLine(context, Text::tr("Security key PIN: "), true,
                Text::tr("The security key needs its PIN and none was read; nothing was stored."),
                [&context, signer, doing, attempt](QString line) {
                    auto next = again(*signer);
                    QByteArray pin = line.toUtf8();
                    line.fill(QLatin1Char(' '));
                    next->pin = SecureBytes::takeAndWipe(pin);
                    if (next->pin.isEmpty())
                        return context.fail(
                            Error(ErrorCode::PinRequired,
                                  Text::tr("The security key needs its PIN and none was typed; "
                                           "nothing was stored.")));
                    attemptOnce(context, next, doing, attempt);
                });
        return true;
    }
    if (error.code == ErrorCode::AccountChoiceNeeded && signer->account.isEmpty() &&
        !error.choices.isEmpty()) {
        context.out().notice(Text::tr("This security key holds passkeys of several accounts for %1: %2.")
                                 .arg(signer->rpId, error.choices.join(QStringLiteral(", "))));
        const QStringList choices = error.choices;
        askLine(context, Text::tr("Account: "), false,
                Text::tr("No account was chosen; nothing was stored. Name one with --passkey-account."),
                [&context, signer, doing, attempt, choices](const QString& line) {
                    if (!choices.contains(line.trimmed()))
                        return context.fail(
                            Error(ErrorCode::InvalidInput,
                                  Text::tr("'%1' is not one of %2; nothing was stored.")
                                      .arg(line.trimmed(), choices.join(QStringLiteral(", ")))));
                    auto next = again(*signer);
                    next->account = line.trimmed();
                    attemptOnce(context, next, doing, attempt);
                });
        return true;
    }
    return false;
}

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
        return error && takeOver(context, signer, doing, attempt, *error);
    });
}

} // namespace

void runWithSecurityKey(CliContext& context, std::shared_ptr<fido::PasskeySigner> signer,
                        const QString& doing, SecurityKeyAttempt attempt) {
    attemptOnce(context, std::move(signer), doing, std::move(attempt));
}

} // namespace ws::cli
