#pragma once

#include "fido/PasskeyStamp.h"

#include <QString>
#include <functional>
#include <memory>

namespace ws::cli {

class CliContext;

// What the CLI does around a security key, for `login --passkey` and `refresh --stamp-with passkey`:
// says to touch the key, and when the key asks for its PIN (PIN_REQUIRED) reads it, hidden, from the
// terminal (or as one line from standard input when that is not a terminal; never from an argument)
// and runs the operation once more with it; when the key holds passkeys of several accounts for the
// site (ACCOUNT_CHOICE_NEEDED) it names them and reads which one, the same way. Ctrl-C cancels a touch
// that is awaited (fido_dev_cancel).
//
// `attempt` runs the operation with the signer. When it ends it calls `tookOver` with its error (null on
// success): true means the PIN or the account is being asked for and `attempt` will run again, so the
// caller reports nothing; false means the outcome is the caller's to report.
using PinTakeOver = std::function<bool(const Error* error)>;
using SecurityKeyAttempt =
    std::function<void(std::shared_ptr<fido::PasskeySigner> signer, PinTakeOver tookOver)>;
void runWithSecurityKey(CliContext& context, std::shared_ptr<fido::PasskeySigner> signer,
                        const QString& doing, SecurityKeyAttempt attempt);

} // namespace ws::cli
