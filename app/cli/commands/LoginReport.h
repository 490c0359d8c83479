#pragma once

#include "Result.h"

#include <QString>

namespace ws::cli {

class CliContext;

// Ends a login run (API key or one-time code): the new session's line (or its JSON), or the error.
void reportLogin(CliContext& context, const Result<QString>& sessionKey);

} // namespace ws::cli
