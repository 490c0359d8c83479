#include "StoreScaling.h"

#include "BenchSupport.h"
#include "MemorySecretStore.h"
#include "SessionFixture.h"
#include "store/SessionIndex.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace ws::bench {

namespace {

constexpr int kSmallStore = 10;

// Adds the fixture's sessions and key records to whatever the store holds, in one commit.
void addFixture(SessionIndex& index, int count, const Clock& clock) {
    if (count <= 0)
        return;
    IndexData fixture = makeSessionIndex(count, clock.nowSecs());
    valueOrFail(index.update([&fixture](IndexData& data) -> Result<void> {
        for (auto& [key, session] : fixture.sessions)
            data.sessions.emplace(key, std::move(session));
        for (auto& [key, record] : fixture.keys)
            data.keys.emplace(key, std::move(record));
        if (data.activeSessionKey.isEmpty())
            data.activeSessionKey = fixture.activeSessionKey;
        return {};
    }),
                "fill the store");
}

double commitMs(SessionIndex& index, int i) {
    const QString label = index.data().sessions.begin()->first;
    QElapsedTimer timer;
    timer.start();
    valueOrFail(index.update([i, label](IndexData& data) -> Result<void> {
        data.findSession(label)->lastError = QString::number(i);
        return {};
    }),
                "index commit");
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

void commitScalingBench(int largeCount, const Clock& clock) {
    QTemporaryDir smallDir, largeDir;
    SessionIndex small(smallDir.path()), large(largeDir.path());
    valueOrFail(small.open(), "open the small index");
    valueOrFail(large.open(), "open the large index");
    QElapsedTimer timer;
    timer.start();
    addFixture(small, kSmallStore, clock);
    addFixture(large, largeCount, clock);
    report("commit_fill_s", double(timer.nsecsElapsed()) / 1e9);
    constexpr int kCommits = 10;
    commitMs(small, -1); // warm-up: the first commit after the fill
    commitMs(large, -1);
    double smallMs = 0, largeMs = 0;
    for (int i = 0; i < kCommits; ++i) {
        smallMs += commitMs(small, i);
        largeMs += commitMs(large, i);
    }
    report("commit_large_sessions", double(largeCount));
    report("commit_small_ms", smallMs / kCommits);
    report("commit_large_ms", largeMs / kCommits);
}

void refreshScalingBench(const ServerInfo& info, const Clock& clock, int largeCount, int iterations) {
    const auto inMemory = [](SecretStore&) -> std::unique_ptr<SecretStore> {
        return std::make_unique<MemorySecretStore>();
    };
    LocalStack small(info, clock, QStringLiteral("small"), inMemory);
    LocalStack large(info, clock, QStringLiteral("large"), inMemory);
    // Ten real sessions in each (known to the devserver), then the large store's fillers.
    for (int i = 0; i < kSmallStore; ++i) {
        const QString label = QStringLiteral("r%1").arg(i);
        small.login(info, label);
        large.login(info, label);
    }
    addFixture(large.index, largeCount - kSmallStore, clock);
    const QString label = QStringLiteral("r0");
    for (int i = 0; i < 3; ++i) { // warm-up
        small.refresh(label);
        large.refresh(label);
    }
    qint64 smallNs = 0, largeNs = 0;
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        small.refresh(label);
        smallNs += timer.nsecsElapsed();
        timer.start();
        large.refresh(label);
        largeNs += timer.nsecsElapsed();
    }
    report("refresh_store_large_sessions", double(large.index.data().sessions.size()));
    report("refresh_store_small_ms", double(smallNs) / 1e6 / iterations);
    report("refresh_store_large_ms", double(largeNs) / 1e6 / iterations);
}

} // namespace ws::bench
