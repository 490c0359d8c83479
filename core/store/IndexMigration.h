#pragma once

#include "IndexData.h"
#include "Result.h"

#include <QString>

namespace ws {

class IndexDb;

// sessions.json (the index of Wallet Sessions before sessions.db; every shipped format is listed in
// docs/architecture.md) into the database:
// - On the first start with a database that never held anything, the whole file is imported in one
//   transaction and then renamed aside as sessions.json.migrated-<UTC timestamp>, never deleted. A
//   crash or a full disk before the commit leaves the file authoritative and the next start retries;
//   a crash between the commit and the rename is recognised by the file's digest, kept in the
//   database, and the rename is simply done again.
// - A sessions.json that appears later (an older version was run again) is never imported over the
//   database: its sessions the database lacks are merged by session key, the key records the database
//   lacks are added (held when no session uses them, so nothing deletes their keychain entries), the
//   file is renamed aside as sessions.json.merged-<timestamp>, and the returned notice tells the user.
// - A damaged file is salvaged as the JSON index always was (salvageIndex) and the notice says so.
// Runs its own BEGIN IMMEDIATE transaction on `db`, so two programs starting at once import once.
namespace indexmigration {

inline constexpr char kLegacyFileName[] = "sessions.json";
// A larger sessions.json is moved aside unread, as the JSON index always did (~60 000 sessions; a
// salvage takes a few times the file's size in memory).
inline constexpr qint64 kMaxJsonBytes = 64 * 1024 * 1024;

// Empty notice when nothing happened the user needs to know about.
Result<QString> importLegacyJson(IndexDb& db, const QString& directory);

} // namespace indexmigration

} // namespace ws
