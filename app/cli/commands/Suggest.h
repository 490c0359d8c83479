#pragma once

#include <QString>
#include <QStringList>

namespace ws::cli {

// The candidate closest to a mistyped word ("lst" -> "list"), or an empty string when none is close
// enough to be a likely typo: at most two edits (insertions, deletions, substitutions, adjacent swaps),
// fewer for short words, and ties broken by the candidates' order.
QString closestMatch(const QString& word, const QStringList& candidates);

} // namespace ws::cli
