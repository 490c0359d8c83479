// The one-time code page on its own (issue 15): the resend countdown running out and Resend, a pasted
// code with separators submitted once, the progress bar while verifying, a wrong code's attempts left
// and an expired code. The countdown runs with a short tick so the test does not wait 30 seconds; the
// page's own timer and code do the counting.
#include "Error.h"
#include "app/Translations.h"
#include "dialogs/signin/OtpCodePage.h"
#include "session/OtpCode.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ws;
using namespace ws::ui;

class TestOtpCodePage : public QObject {
    Q_OBJECT

    static QPushButton* resend(OtpCodePage& page) {
        return page.findChild<QPushButton*>(QStringLiteral("otpResendButton"));
    }
    static QPushButton* verify(OtpCodePage& page) {
        return page.findChild<QPushButton*>(QStringLiteral("otpVerifyButton"));
    }
    static QLineEdit* edit(OtpCodePage& page) {
        return page.findChild<QLineEdit*>(QStringLiteral("otpCodeEdit"));
    }
    static QLabel* message(OtpCodePage& page) {
        return page.findChild<QLabel*>(QStringLiteral("otpCodeMessage"));
    }
    static QProgressBar* progress(OtpCodePage& page) {
        return page.findChild<QProgressBar*>(QStringLiteral("otpVerifyProgress"));
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); }

    // The one rule for a typed code (core: the window and the CLI both use it).
    void codesAreNormalizedOneWay() {
        QCOMPARE(otp::normalizeCode(QStringLiteral(" ab-12 3.")), QStringLiteral("AB123"));
        QCOMPARE(otp::normalizeCode(QStringLiteral("12a34b56"), 6, false), QStringLiteral("123456"));
        QCOMPARE(otp::normalizeCode(QStringLiteral("1234567890"), 6, false), QStringLiteral("123456"));
        // Codes are ASCII: full-width digits and look-alike letters are not taken for them.
        QCOMPARE(otp::normalizeCode(QString::fromUtf8("\xef\xbc\x91\xef\xbc\x92 34"), 0, false),
                 QStringLiteral("34"));
        QCOMPARE(otp::normalizeCode(QString::fromUtf8("\xd0\x90"
                                                      "B")),
                 QStringLiteral("B")); // Cyrillic А
    }

    void resendIsOfferedWhenTheCountdownRunsOut() {
        OtpCodePage page;
        page.show();
        QSignalSpy resends(&page, &OtpCodePage::resendRequested);
        auto* countdown = page.findChild<QTimer*>();
        QVERIFY(countdown);
        QCOMPARE(countdown->interval(), 1000); // one second per step in the app
        countdown->setInterval(5);
        page.showSent(QStringLiteral("ada@example.com"));
        QCOMPARE(resend(page)->text(), QStringLiteral("&Resend code (30 s)"));
        QVERIFY(!resend(page)->isEnabled());
        QTest::mouseClick(resend(page), Qt::LeftButton);
        QCOMPARE(resends.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(resend(page)->text(), QStringLiteral("&Resend code"), 5000);
        QVERIFY(resend(page)->isEnabled());
        QVERIFY(!countdown->isActive());
        QTest::mouseClick(resend(page), Qt::LeftButton);
        QCOMPARE(resends.size(), 1);
        // A new code sent: the countdown starts over.
        page.showSent(QStringLiteral("ada@example.com"));
        QVERIFY(!resend(page)->isEnabled());
        QVERIFY(resend(page)->text().contains(QStringLiteral("s)")));
    }

    void aPastedCodeIsCleanedAndSubmittedOnce() {
        OtpCodePage page;
        page.show();
        page.setFormat(6, false);
        page.showSent(QStringLiteral("+15550100"));
        QSignalSpy entered(&page, &OtpCodePage::codeEntered);
        edit(page)->setText(QStringLiteral(" 123-456 "));
        QCOMPARE(page.code(), QStringLiteral("123456"));
        QCOMPARE(entered.size(), 1);
        QCOMPARE(entered.at(0).at(0).toString(), QStringLiteral("123456"));
    }

    void verifyingShowsProgressAndLocksTheField() {
        OtpCodePage page;
        page.show();
        page.showSent(QStringLiteral("ada@example.com"));
        edit(page)->setText(QStringLiteral("12345"));
        QVERIFY(!progress(page)->isVisible());
        page.setVerifying(true);
        QVERIFY(progress(page)->isVisible());
        QCOMPARE(progress(page)->maximum(), 0); // busy, no fake percentage
        QVERIFY(!edit(page)->isEnabled());
        QVERIFY(!verify(page)->isEnabled());
        page.setVerifying(false);
        QVERIFY(!progress(page)->isVisible());
        QVERIFY(edit(page)->isEnabled());
    }

    void aWrongCodeSaysHowManyTriesAreLeft() {
        OtpCodePage page;
        page.show();
        page.showSent(QStringLiteral("ada@example.com"));
        const Error wrong(ErrorCode::InvalidOtpCode, QStringLiteral("The code is wrong (attempts left: 1)"));
        page.askCode(&wrong);
        QVERIFY(message(page)->isVisible());
        QCOMPARE(message(page)->text(), QStringLiteral("That code is not right. You can try 1 more time."));
        QVERIFY(edit(page)->isEnabled());
        // Typing again hides the message.
        QTest::keyClicks(edit(page), QStringLiteral("1"));
        QVERIFY(!message(page)->isVisible());
    }

    void anExpiredCodeAsksForANewOne() {
        OtpCodePage page;
        page.show();
        page.showSent(QStringLiteral("ada@example.com"));
        QSignalSpy entered(&page, &OtpCodePage::codeEntered);
        const Error expired(ErrorCode::OtpExpired, QStringLiteral("the code expired"));
        page.askCode(&expired);
        QCOMPARE(message(page)->text(),
                 QStringLiteral("This code has expired or was used up. Send a new code to continue."));
        QVERIFY(!edit(page)->isEnabled());
        QVERIFY(!verify(page)->isEnabled());
        QCOMPARE(entered.size(), 0);
        // Sending a new code opens the field again.
        page.showSent(QStringLiteral("ada@example.com"));
        QVERIFY(edit(page)->isEnabled());
        QVERIFY(!message(page)->isVisible());
    }
};

QTEST_MAIN(TestOtpCodePage)
#include "tst_otpcodepage.moc"
