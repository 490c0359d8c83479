#include "session/SessionTypes.h"

#include <QTest>

using namespace ws;

class TestSessionLabel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labels_data() {
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one char") << QStringLiteral("a") << true;
        QTest::newRow("default") << QString::fromLatin1(kDefaultSessionKey) << true;
        QTest::newRow("sdk default") << QStringLiteral("@turnkey/session/v3") << true;
        QTest::newRow("inner spaces") << QStringLiteral("work laptop") << true;
        QTest::newRow("128 ascii") << QString(128, QLatin1Char('x')) << true;
        QTest::newRow("129 ascii") << QString(129, QLatin1Char('x')) << false;
        QTest::newRow("accented") << QStringLiteral("caf\u00e9") << true;
        QTest::newRow("emoji") << QString::fromUtf8("key \xF0\x9F\x94\x91") << true;
        // 128 code points outside the BMP are 256 UTF-16 units: still 128 characters.
        QString emoji128;
        for (int i = 0; i < 128; ++i)
            emoji128 += QString::fromUtf8("\xF0\x9F\x94\x91");
        QTest::newRow("128 emoji") << emoji128 << true;
        QTest::newRow("129 emoji") << (emoji128 + QString::fromUtf8("\xF0\x9F\x94\x91")) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only spaces") << QStringLiteral("   ") << false;
        QTest::newRow("tab") << QStringLiteral("a\tb") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << false;
        QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b")) << false;
        QTest::newRow("escape") << QStringLiteral("a\x1b[31mb") << false;
        QTest::newRow("delete") << QStringLiteral("a\x7f") << false;
        QTest::newRow("c1 control") << QString(QStringLiteral("a") + QChar(u'\u0085')) << false;
        QTest::newRow("line separator") << QString(QStringLiteral("a") + QChar(u'\u2028')) << false;
        QTest::newRow("lone surrogate") << QString(QStringLiteral("a") + QChar(u'\xd800')) << false;
    }

    void labels() {
        QFETCH(QString, label);
        QFETCH(bool, valid);
        const Result<void> r = validateSessionKeyLabel(label);
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            QVERIFY(!r.error().message.isEmpty());
        }
    }

    void batchReportCountsFailures() {
        BatchReport report;
        QVERIFY(report.allSucceeded());
        report.outcomes.append(SessionOutcome{QStringLiteral("a"), Result<void>()});
        report.outcomes.append(
            SessionOutcome{QStringLiteral("b"), Error(ErrorCode::Network, QStringLiteral("x"))});
        QCOMPARE(report.failureCount(), 1);
        QVERIFY(!report.allSucceeded());
    }
};

QTEST_GUILESS_MAIN(TestSessionLabel)
#include "tst_sessionlabel.moc"
