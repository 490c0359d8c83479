#pragma once

#include "session/SessionTypes.h"
#include "store/IndexData.h"

#include <QList>

namespace ws::bench {

// `count` sessions as the app would have stored them: a real, decodable session JWT each (the
// signature is random bytes: display does not verify it), a Live key record per session for the key
// in its token, auto-refresh off so a GUI started on it makes no network calls. Nothing is left for
// start-up recovery to delete. Keys are real P-256 public keys; the private halves are discarded.
IndexData makeSessionIndex(int count, qint64 nowSecs);

// What SessionManager::getAllSessions() would return for that index (signatures unchecked).
QList<SessionInfo> sessionInfos(const IndexData& data);

} // namespace ws::bench
