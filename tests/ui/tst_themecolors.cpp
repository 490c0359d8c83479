// Issue 18: the status colours read in a light and in a dark palette: the warning and error text
// colours have WCAG AA contrast (4.5:1, normal-size text) against the palette's base (the table) and
// window (labels), for the light palette Fusion gives and a dark one as a dark desktop theme gives.
#include "widgets/ThemeColors.h"

#include <QApplication>
#include <QStyle>
#include <QTest>
#include <cmath>

using namespace ws::ui;

namespace {

// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor& colour) {
    auto channel = [](double value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette() {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    return dark;
}

} // namespace

class TestThemeColors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void contrastIsEnough_data() {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light (Fusion)") << QApplication::style()->standardPalette() << false;
        QTest::newRow("dark") << darkPalette() << true;
    }
    void contrastIsEnough() {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QCOMPARE(isDarkPalette(palette), dark);
        for (const QPalette::ColorRole background :
             {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
            for (const auto& [name, colour] : {std::pair{"warning", warningTextColor(palette)},
                                               std::pair{"error", errorTextColor(palette)}}) {
                const double ratio = contrast(colour, palette.color(background));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 %2 on %3: %4:1")
                                                      .arg(QLatin1String(name), colour.name(),
                                                           palette.color(background).name())
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
    }

    // The checker itself: black on white is 21:1, a colour on itself 1:1.
    void contrastFormula() {
        QCOMPARE(qRound(contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(contrast(QColor(0x99, 0x5c, 0x00), QColor(0x99, 0x5c, 0x00)), 1.0);
    }
};

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
