// Issue 14, first paint: the window's first screen is read straight from the database before the
// whole index loads. These tests hold that to the one thing that makes it honest: the rows it reads
// are exactly the rows the table shows at the top once everything has loaded, in the same order, for
// every order it reads in; and everything else waits for the index.
#include "Clock.h"
#include "StoreTestData.h"
#include "TestEnvironment.h"
#include "app/ServiceFactory.h"
#include "model/SessionSortFilterProxy.h"
#include "model/SessionTableModel.h"
#include "session/SessionManager.h"
#include "settings/AppSettings.h"
#include "store/IndexDb.h"
#include "store/IndexStore.h"
#include "store/SessionIndex.h"
#include "token/SessionToken.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using namespace ws::ui;

namespace {

// Labels on which locale-aware order, UTF-16 order and UTF-8 byte order all disagree somewhere.
QStringList awkwardLabels() {
    QStringList labels = {
        QStringLiteral("alpha"),       QStringLiteral("Beta"),
        QStringLiteral("\u00c4pfel"), // Äpfel: with the a's in German, after z in UTF-16
        QStringLiteral("zeta"),        QStringLiteral("a-b"),  QStringLiteral("ab"),
        QStringLiteral("A"),           QStringLiteral("a"),    QStringLiteral("\u00e9clair"),
        QStringLiteral("Z\u00fcrich"), QStringLiteral("10"),   QStringLiteral("9"),
        QStringLiteral("\U0001F600x"), // above U+FFFF: a surrogate pair in UTF-16
        QStringLiteral("\ue000y")};    // private use: after the pair in UTF-16 order
    for (int i = 0; i < 160; ++i)
        labels << (i % 3 == 0 ? QStringLiteral("Session-%1") : QStringLiteral("session-%1")).arg(i);
    return labels;
}

} // namespace

class TestSessionPreview : public QObject {
    Q_OBJECT

    SystemClock m_clock;
    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<AppServices> m_services;
    QStringList m_labels;

    std::unique_ptr<AppServices> services() const {
        AppConfig config;
        config.dataDir = m_dataDir;
        config.keychainService = ws::test::uniqueTestService(QStringLiteral("preview"));
        return ServiceFactory(config, m_clock).create();
    }

    // The table's top `count` rows in `column`/`order`, as the window's model and proxy sort the whole
    // index.
    QStringList tableTop(SessionManager& manager, int column, Qt::SortOrder order, int count) {
        SessionTableModel model(m_clock);
        SessionSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setSessions(manager.getAllSessions(SessionManager::SignatureCheck::Skip));
        proxy.sort(column, order);
        QStringList keys;
        for (int row = 0; row < std::min(count, proxy.rowCount()); ++row)
            keys << proxy.index(row, 0).data(SessionTableModel::SessionKeyRole).toString();
        return keys;
    }

    // A window over services whose index is not open yet, as AppContext builds it.
    struct DeferredWindow {
        std::unique_ptr<AppServices> services;
        std::unique_ptr<AppSettings> settings;
        std::unique_ptr<MainWindow> window;
        QTableView* table = nullptr;
    };
    DeferredWindow deferredWindow(const QString& settingsName) const {
        DeferredWindow w;
        w.services = services();
        w.settings = std::make_unique<AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(settingsName), QSettings::IniFormat));
        MainWindow::Options options;
        options.deferLoad = true;
        w.window = std::make_unique<MainWindow>(w.services->manager(), *w.settings, m_clock, options);
        w.table = w.window->findChild<QTableView*>(QStringLiteral("sessionTable"));
        return w;
    }

    static QStringList keysOf(const QList<SessionInfo>& sessions) {
        QStringList keys;
        for (const SessionInfo& s : sessions)
            keys << s.sessionKey;
        return keys;
    }

private Q_SLOTS:
    void initTestCase() {
        // German collation: "Äpfel" sorts with the a's, which neither UTF-16 nor UTF-8 order does.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(m_dir.isValid());
        m_dataDir = m_dir.filePath(QStringLiteral("data"));
        m_labels = awkwardLabels();
        SessionIndex index(m_dataDir);
        QVERIFY(index.open().ok());
        const qint64 base = QDateTime::currentSecsSinceEpoch() + 3600;
        QVERIFY(index
                    .update([this, base](IndexData& data) -> Result<void> {
                        for (int i = 0; i < m_labels.size(); ++i) {
                            const QString pub = ws::test::fakePublicKey(i + 1);
                            // Seven expiries, three organizations and a few names for ~170 sessions:
                            // ties everywhere, broken by the label.
                            static const QStringList orgs = {QStringLiteral("org-1"), QStringLiteral("Org-2"),
                                                             QStringLiteral("\u00f6rg-3")};
                            static const QStringList users = {
                                QStringLiteral("\u00dcmit"), QStringLiteral("bob"), QStringLiteral("Alice"),
                                QStringLiteral("alice"), QStringLiteral("Zo\u00eb")};
                            static const QStringList orgNames = {QStringLiteral("Acme"),
                                                                 QStringLiteral("\u00e4ther"),
                                                                 QStringLiteral("Beta Org")};
                            auto token = decodeSessionToken(
                                ws::test::makeJwt(pub, base + (i % 7) * 60, orgs.at(i % orgs.size())));
                            if (!token.ok())
                                return token.error();
                            SessionRecord s = ws::test::makeSession(m_labels.at(i), pub);
                            s.token = token.value();
                            if (i % 5 == 0)
                                s.username = users.at((i / 5) % users.size());
                            if (i % 4 == 0)
                                s.organizationName = orgNames.at((i / 4) % orgNames.size());
                            data.sessions[m_labels.at(i)] = s;
                            data.keys[pub] = ws::test::makeKey(pub);
                        }
                        data.activeSessionKey = QStringLiteral("zeta");
                        return {};
                    })
                    .ok());
        m_services = services();
        QVERIFY(m_services->openIndex().ok());
        QCOMPARE(m_services->manager().sessionCount(), m_labels.size());
    }

    void previewIsTheTopOfTheTable_data() {
        QTest::addColumn<int>("by");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("column");
        QTest::newRow("session key, ascending")
            << int(SessionOrder::By::SessionKey) << false << int(SessionTableModel::SessionKey);
        QTest::newRow("session key, descending")
            << int(SessionOrder::By::SessionKey) << true << int(SessionTableModel::SessionKey);
        QTest::newRow("expiry, ascending")
            << int(SessionOrder::By::Expiry) << false << int(SessionTableModel::ExpiresAt);
        QTest::newRow("expiry, descending")
            << int(SessionOrder::By::Expiry) << true << int(SessionTableModel::ExpiresAt);
        QTest::newRow("remaining, ascending")
            << int(SessionOrder::By::Expiry) << false << int(SessionTableModel::Remaining);
        QTest::newRow("user, ascending")
            << int(SessionOrder::By::User) << false << int(SessionTableModel::User);
        QTest::newRow("user, descending")
            << int(SessionOrder::By::User) << true << int(SessionTableModel::User);
        QTest::newRow("organization, ascending")
            << int(SessionOrder::By::Organization) << false << int(SessionTableModel::Organization);
        QTest::newRow("organization, descending")
            << int(SessionOrder::By::Organization) << true << int(SessionTableModel::Organization);
        QTest::newRow("default session first")
            << int(SessionOrder::By::ActiveFirst) << false << int(SessionTableModel::Active);
        QTest::newRow("default session last")
            << int(SessionOrder::By::ActiveFirst) << true << int(SessionTableModel::Active);
    }

    void previewIsTheTopOfTheTable() {
        QFETCH(int, by);
        QFETCH(bool, descending);
        QFETCH(int, column);
        SessionManager& manager = m_services->manager();
        for (int limit : {1, 25, int(m_labels.size()), int(m_labels.size()) + 10}) {
            const auto preview = manager.previewSessions({SessionOrder::By(by), descending}, limit);
            QVERIFY(preview.ok());
            QCOMPARE(keysOf(*preview),
                     tableTop(manager, column, descending ? Qt::DescendingOrder : Qt::AscendingOrder, limit));
        }
        // The rows are whole: what the window shows of them is what getSession says.
        const auto preview = manager.previewSessions({SessionOrder::By(by), descending}, 5);
        for (const SessionInfo& s : *preview) {
            const SessionInfo full = manager.getSession(s.sessionKey).value();
            QCOMPARE(s.token.claims, full.token.claims);
            QCOMPARE(s.token.raw, full.token.raw);
            QCOMPARE(s.active, full.active);
            QCOMPARE(s.keyStore, full.keyStore);
            QCOMPARE(s.lifetimeSeconds, full.lifetimeSeconds);
            QCOMPARE(s.username, full.username);
            QCOMPARE(s.organizationName, full.organizationName);
        }
    }

    // The order is the locale's, not the bytes': the check above would also pass if both sides
    // ignored the locale, so this one fails if the collation does.
    void sessionKeyOrderIsLocaleAware() {
        const auto all = m_services->manager().previewSessions({}, 1000);
        QVERIFY(all.ok());
        const QStringList keys = keysOf(*all);
        QVERIFY(keys.indexOf(QStringLiteral("\u00c4pfel")) < keys.indexOf(QStringLiteral("Beta")));
        QVERIFY(keys.indexOf(QStringLiteral("alpha")) < keys.indexOf(QStringLiteral("Beta")));
    }

    // Only open() can say what these indexes hold: no preview, the caller opens first.
    void noPreviewWhereOnlyOpeningKnows() {
        QTemporaryDir other;
        const QString dir = other.filePath(QStringLiteral("data"));
        // No database at all.
        QCOMPARE(IndexStore::readFirstSessions(dir, {}, 10).error().code, ErrorCode::NotFound);
        {
            SessionIndex index(dir);
            QVERIFY(index.open().ok());
            QVERIFY(index
                        .update([](IndexData& data) -> Result<void> {
                            ws::test::addSession(data, QStringLiteral("s"), 1);
                            return {};
                        })
                        .ok());
        }
        QCOMPARE(IndexStore::readFirstSessions(dir, {}, 10)->order, QStringList{QStringLiteral("s")});
        // A sessions.json an older version left, which open() merges.
        QFile json(dir + QStringLiteral("/sessions.json"));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write("{}");
        json.close();
        QCOMPARE(IndexStore::readFirstSessions(dir, {}, 10).error().code, ErrorCode::NotFound);
        QVERIFY(json.remove());
        // A schema this version does not write.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(dir + QStringLiteral("/sessions.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(IndexDb::kSchemaVersion + 1)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QCOMPARE(IndexStore::readFirstSessions(dir, {}, 10).error().code, ErrorCode::NotFound);
    }

    // The window with a deferred load: the preview fills the table, nothing can act on the index, and
    // once it is open the whole list replaces the preview with the selection kept.
    void windowShowsThePreviewUntilTheIndexIsOpen() {
        DeferredWindow w = deferredWindow(QStringLiteral("settings.ini"));
        MainWindow& window = *w.window;
        QTableView* table = w.table;
        QVERIFY(table);
        QVERIFY(window.isLoading());
        QCOMPARE(table->model()->rowCount(), 0);

        QVERIFY(window.showPreview(30));
        QCOMPARE(table->model()->rowCount(), 30);
        const QStringList top =
            tableTop(m_services->manager(), SessionTableModel::SessionKey, Qt::AscendingOrder, 30);
        for (int row = 0; row < 30; ++row)
            QCOMPARE(table->model()->index(row, 0).data(SessionTableModel::SessionKeyRole).toString(),
                     top.at(row));
        for (const char* name : {"actionRefresh", "actionRefreshAll", "actionClear", "actionClearAll"})
            QVERIFY2(!window.findChild<QAction*>(QLatin1String(name))->isEnabled(), name);
        // A change of the index before it is open does not reach the table.
        window.reloadSessions();
        QCOMPARE(table->model()->rowCount(), 30);

        const QString picked = top.at(3);
        table->selectRow(3);
        QVERIFY(w.services->openIndex().ok());
        window.finishLoading();
        QVERIFY(!window.isLoading());
        QCOMPARE(table->model()->rowCount(), int(m_labels.size()));
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.front().data(SessionTableModel::SessionKeyRole).toString(), picked);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionClearAll"))->isEnabled());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionClear"))->isEnabled());
    }

    // Sorted by a column the database cannot order by (the type's translated text, the status): no
    // preview, the index opens before the window shows.
    void noPreviewForOtherColumns() {
        DeferredWindow w = deferredWindow(QStringLiteral("settings2.ini"));
        w.table->sortByColumn(SessionTableModel::Status, Qt::AscendingOrder);
        QVERIFY(!w.window->showPreview(30));
        QCOMPARE(w.table->model()->rowCount(), 0);
        QVERIFY(w.window->isLoading());
    }
};

QTEST_MAIN(TestSessionPreview)
#include "tst_sessionpreview.moc"
