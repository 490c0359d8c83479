#include "Suggest.h"

#include <QList>
#include <algorithm>

namespace ws::cli {

namespace {
// Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring).
int editDistance(const QString& a, const QString& b) {
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}
} // namespace

QString closestMatch(const QString& word, const QStringList& candidates) {
    const QString lower = word.toLower();
    const int allowed = lower.size() <= 3 ? 1 : 2;
    QString best;
    int bestDistance = allowed + 1;
    for (const QString& candidate : candidates) {
        const int distance = editDistance(lower, candidate.toLower());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

} // namespace ws::cli
