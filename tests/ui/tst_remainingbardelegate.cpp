#include "Clock.h"
#include "SessionFactory.h"
#include "model/SessionStatus.h"
#include "model/SessionTableModel.h"
#include "widgets/RemainingBarDelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTableView>
#include <QTest>

using namespace ws;
using namespace ws::ui;
using ws::test::makeSession;

// What the Remaining column looks like: the cell is rendered into an image and its pixels checked,
// so a faster way of painting must keep the bar's colour, its length and the countdown text.
class TestRemainingBarDelegate : public QObject {
    Q_OBJECT

private:
    ManualClock m_clock;
    qint64 now() const { return m_clock.nowSecs(); }

    static constexpr int kWidth = 200;
    static constexpr int kHeight = 26;

    struct Cell {
        QImage image;
        QColor text;   // the palette's text colour
        QColor base;   // the palette's base colour, what the cell's background is
        QString label; // what the model says the cell reads
        QFont font;
    };

    Cell render(const SessionInfo& session, bool selected = false) {
        SessionTableModel model(m_clock);
        model.setSessions({session});
        QTableView view; // the delegate's parent and option.widget, as in MainWindow
        auto* delegate = new RemainingBarDelegate(&view);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = QRect(0, 0, kWidth, kHeight);
        option.widget = &view;
        option.font = view.font();
        option.fontMetrics = QFontMetrics(option.font);
        option.state |= QStyle::State_Enabled;
        option.showDecorationSelected = true; // as QTableView sets it
        if (selected)
            option.state |= QStyle::State_Selected;
        Cell cell;
        cell.image = QImage(kWidth, kHeight, QImage::Format_ARGB32);
        cell.base = option.palette.color(QPalette::Base);
        cell.text = option.palette.color(QPalette::Text);
        cell.image.fill(cell.base);
        const QModelIndex index = model.index(0, SessionTableModel::Remaining);
        cell.label = index.data().toString();
        cell.font = option.font;
        QPainter painter(&cell.image);
        delegate->paint(&painter, option, index);
        return cell;
    }

    static bool near(QColor a, QColor b, int tolerance = 40) {
        return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) <= tolerance;
    }

    // The columns, left to right, that hold a pixel close to `colour` in the cell's middle band.
    static QList<int> columnsWith(const QImage& image, QColor colour, int tolerance = 40) {
        QList<int> xs;
        for (int x = 0; x < image.width(); ++x) {
            for (int y = image.height() / 2 - 4; y <= image.height() / 2 + 4; ++y) {
                if (near(image.pixelColor(x, y), colour, tolerance)) {
                    xs << x;
                    break;
                }
            }
        }
        return xs;
    }

    // How much of the bar's inner width carries the bar colour, on a row above the text.
    static double filledFraction(const QImage& image, QColor colour) {
        const int y = 6; // inside the bar (4 px margin, 1 px border), above the text
        int filled = 0;
        for (int x = 5; x < image.width() - 5; ++x)
            filled += near(image.pixelColor(x, y), colour) ? 1 : 0;
        return double(filled) / double(image.width() - 10);
    }

private Q_SLOTS:
    void init() { m_clock.set(QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC)); }

    void normalBarIsGreenAndAsLongAsTheTimeLeft() {
        // 600 of 1000 s left: the bar covers 60 % of the cell.
        const Cell cell = render(makeSession(QStringLiteral("n"), now() + 600, 1000));
        const QColor green = RemainingBarDelegate::barColor(int(RemainingLevel::Normal), QPalette());
        QCOMPARE(green, QColor(0x3C, 0xA0, 0x5A));
        const double fraction = filledFraction(cell.image, green);
        QVERIFY2(fraction > 0.55 && fraction < 0.65, qPrintable(QString::number(fraction)));
        // Right of the filled part the trough shows, not the bar colour and not the plain background.
        const QColor trough = cell.image.pixelColor(kWidth - 12, 6);
        QVERIFY(!near(trough, green));
        QVERIFY(trough != cell.base);
    }

    void warningBarIsAmber() {
        const Cell cell = render(makeSession(QStringLiteral("w"), now() + 60, 1000)); // under 120 s
        const QColor amber = RemainingBarDelegate::barColor(int(RemainingLevel::Warning), QPalette());
        QCOMPARE(amber, QColor(0xF0, 0xA0, 0x20));
        const double fraction = filledFraction(cell.image, amber);
        QVERIFY2(fraction > 0.03 && fraction < 0.09, qPrintable(QString::number(fraction)));
    }

    void expiredBarIsFadedRedAcrossTheCell() {
        const Cell cell = render(makeSession(QStringLiteral("e"), now() - 10, 1000));
        const QColor red = RemainingBarDelegate::barColor(int(RemainingLevel::Expired), QPalette());
        QCOMPARE(red, QColor(0xD3, 0x2F, 0x2F));
        // A 60/255 wash of red over the trough: reddish, but far from the full colour.
        const QColor wash = cell.image.pixelColor(kWidth / 4, 6);
        QVERIFY2(wash.red() > wash.green() + 20 && wash.red() > wash.blue() + 20, qPrintable(wash.name()));
        QVERIFY(!near(wash, red));
        QCOMPARE(filledFraction(cell.image, red), 0.0);
    }

    void countdownTextIsCentredAndAsWideAsItsLabel() {
        const Cell cell = render(makeSession(QStringLiteral("t"), now() + 3725, 7200));
        QCOMPARE(cell.label, formatRemaining(3725 * 1000));
        const QList<int> xs = columnsWith(cell.image, cell.text, 120);
        QVERIFY2(!xs.isEmpty(), "no text pixels");
        const int drawnWidth = xs.last() - xs.first() + 1;
        const int expected = QFontMetrics(cell.font).horizontalAdvance(cell.label);
        QVERIFY2(qAbs(drawnWidth - expected) <= 4,
                 qPrintable(QStringLiteral("%1 vs %2").arg(drawnWidth).arg(expected)));
        const int centre = (xs.first() + xs.last()) / 2;
        QVERIFY2(qAbs(centre - kWidth / 2) <= 3, qPrintable(QString::number(centre)));
    }

    void selectedCellKeepsItsBar() {
        const Cell cell = render(makeSession(QStringLiteral("s"), now() + 600, 1000), true);
        const QColor green = RemainingBarDelegate::barColor(int(RemainingLevel::Normal), QPalette());
        const double fraction = filledFraction(cell.image, green);
        QVERIFY2(fraction > 0.55 && fraction < 0.65, qPrintable(QString::number(fraction)));
        // The selection background shows in the 4 px margin around the bar.
        const QColor highlight = QTableView().palette().color(QPalette::Inactive, QPalette::Highlight);
        QVERIFY2(near(cell.image.pixelColor(1, kHeight / 2), highlight),
                 qPrintable(cell.image.pixelColor(1, kHeight / 2).name()));
    }
};

QTEST_MAIN(TestRemainingBarDelegate)
#include "tst_remainingbardelegate.moc"
