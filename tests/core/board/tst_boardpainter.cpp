// SPDX-License-Identifier: MIT
#include "board/boardpainter.h"

#include <QPainter>
#include <QTest>

using namespace ShotBrief;

class tst_BoardPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void penStrokeDarkensItsPath();
    void pressureSetsTheWidth();
    void eraserClearsOnlyItsLayer();
    void brushIsTranslucentAndEven();
    void hiddenLayersAndOpacity();
    void referenceIsDimmed();
    void annotationsOnlyWhenAsked();
    void aspectIsKept();
    void segmentsPaintIncrementally();
};

namespace {

Board board(int width = 200, int height = 100)
{
    Board b;
    b.width = width;
    b.height = height;
    return b;
}

BoardStroke line(QPointF from, QPointF to, float width, BoardTool tool = BoardTool::Pen,
                 double pressure = 1.0, int steps = 20)
{
    BoardStroke stroke;
    stroke.tool = tool;
    stroke.color = 0xff000000;
    stroke.width = width;
    for (int i = 0; i <= steps; ++i) {
        const QPointF p = from + (to - from) * (double(i) / steps);
        stroke.points.append(BoardPoint::at(p.x(), p.y(), pressure));
    }
    return stroke;
}

int gray(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y));
}

int darkInColumn(const QImage &image, int x)
{
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        dark += gray(image, x, y) < 128 ? 1 : 0;
    return dark;
}

} // namespace

void tst_BoardPainter::penStrokeDarkensItsPath()
{
    Board b = board();
    b.sketch.strokes = {line({20, 50}, {180, 50}, 8)};
    const QImage image = BoardPainter::render(b, QSize(200, 100));
    QCOMPARE(image.size(), QSize(200, 100));
    QVERIFY2(gray(image, 100, 50) < 40, "on the stroke");
    QCOMPARE(gray(image, 100, 20), 255);
    QCOMPARE(gray(image, 5, 50), 255);
}

void tst_BoardPainter::pressureSetsTheWidth()
{
    Board light = board();
    light.sketch.strokes = {line({20, 50}, {180, 50}, 20, BoardTool::Pen, 0.1)};
    Board heavy = board();
    heavy.sketch.strokes = {line({20, 50}, {180, 50}, 20, BoardTool::Pen, 1.0)};
    const int thin = darkInColumn(BoardPainter::render(light, QSize(200, 100)), 100);
    const int thick = darkInColumn(BoardPainter::render(heavy, QSize(200, 100)), 100);
    QVERIFY2(thin >= 3, qPrintable(QString::number(thin)));
    QVERIFY2(thick >= 2 * thin, qPrintable(QStringLiteral("%1 vs %2").arg(thick).arg(thin)));
    QVERIFY(qAbs(thick - 20) <= 2);
}

void tst_BoardPainter::eraserClearsOnlyItsLayer()
{
    Board b = board();
    b.sketch.strokes = {line({10, 50}, {190, 50}, 10),
                        line({100, 0}, {100, 100}, 12, BoardTool::Eraser),
                        line({150, 0}, {150, 100}, 12, BoardTool::Eraser)};
    b.ink.strokes = {line({150, 10}, {150, 90}, 6)};
    const QImage image = BoardPainter::render(b, QSize(200, 100));
    QCOMPARE(gray(image, 100, 50), 255);
    QVERIFY2(gray(image, 150, 50) < 40, "the ink under the sketch's eraser stays");
    QVERIFY(gray(image, 60, 50) < 40);
}

void tst_BoardPainter::brushIsTranslucentAndEven()
{
    Board b = board();
    // Back and forth over itself: the brush must not darken where it overlaps.
    BoardStroke brush = line({20, 50}, {180, 50}, 16, BoardTool::Brush);
    const BoardStroke back = line({180, 50}, {60, 50}, 16, BoardTool::Brush);
    brush.points.append(back.points);
    b.sketch.strokes = {brush};
    const QImage image = BoardPainter::render(b, QSize(200, 100));
    const int overlapped = gray(image, 100, 50);
    const int single = gray(image, 40, 50);
    QVERIFY2(overlapped > 60 && overlapped < 200, qPrintable(QString::number(overlapped)));
    QVERIFY2(qAbs(overlapped - single) <= 3,
             qPrintable(QStringLiteral("%1 vs %2").arg(overlapped).arg(single)));
}

void tst_BoardPainter::hiddenLayersAndOpacity()
{
    Board b = board();
    b.ink.strokes = {line({20, 50}, {180, 50}, 10)};
    b.ink.visible = false;
    QCOMPARE(gray(BoardPainter::render(b, QSize(200, 100)), 100, 50), 255);
    b.ink.visible = true;
    b.ink.opacity = 0.5f;
    const int half = gray(BoardPainter::render(b, QSize(200, 100)), 100, 50);
    QVERIFY2(half > 100 && half < 160, qPrintable(QString::number(half)));
}

void tst_BoardPainter::referenceIsDimmed()
{
    Board b = board();
    b.referenceImage = QStringLiteral("boards/ref.png");
    b.reference.opacity = 0.5f;
    QImage red(20, 10, QImage::Format_RGB32);
    red.fill(Qt::red);
    BoardRenderOptions options;
    options.referenceImage = red;
    QImage image = BoardPainter::render(b, QSize(200, 100), options);
    const QColor pink = image.pixelColor(100, 50);
    QVERIFY2(pink.red() > 240 && pink.green() > 110 && pink.green() < 145, qPrintable(pink.name()));
    b.reference.visible = false;
    QCOMPARE(BoardPainter::render(b, QSize(200, 100), options).pixelColor(100, 50),
             QColor(Qt::white));
    b.reference.visible = true;
    options.reference = false;
    QCOMPARE(BoardPainter::render(b, QSize(200, 100), options).pixelColor(100, 50),
             QColor(Qt::white));
}

void tst_BoardPainter::annotationsOnlyWhenAsked()
{
    Board b = board(1920, 1080);
    b.arrows = {
        BoardArrow{CameraMoveArrow::Pan, QPointF(200, 540), QPointF(1700, 540), 0xffff0000}};
    b.notes = {BoardNote{QPointF(100, 100), QStringLiteral("RAIN"), 0xff0000ff, 80}};
    const auto colored = [](const QImage &image, auto test) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += test(image.pixelColor(x, y)) ? 1 : 0;
        return count;
    };
    const auto red = [](const QColor &c) {
        return c.red() > 200 && c.green() < 80;
    };
    const auto blue = [](const QColor &c) {
        return c.blue() > 200 && c.red() < 80;
    };
    const QImage with = BoardPainter::render(b, QSize(480, 270));
    QVERIFY(colored(with, red) > 100);
    QVERIFY(colored(with, blue) > 10);
    BoardRenderOptions options;
    options.annotations = false;
    const QImage without = BoardPainter::render(b, QSize(480, 270), options);
    QCOMPARE(colored(without, red), 0);
    QCOMPARE(colored(without, blue), 0);
    QVERIFY(!BoardPainter::arrowLabel(CameraMoveArrow::Crane).isEmpty());
}

void tst_BoardPainter::aspectIsKept()
{
    Board b = board(1920, 1080);
    b.ink.strokes = {line({900, 540}, {1020, 540}, 40)};
    const QImage image = BoardPainter::render(b, QSize(400, 400));
    QVERIFY2(gray(image, 200, 200) < 60, "the centre stays the centre");
    const QTransform t = BoardPainter::boardToTarget(b, QRectF(0, 0, 400, 400));
    QCOMPARE(t.map(QPointF(0, 0)), QPointF(0, 87.5));
    QCOMPARE(t.map(QPointF(1920, 1080)), QPointF(400, 312.5));
    QCOMPARE(BoardPainter::canvasSize(Board()), QSizeF(1920, 1080));
}

void tst_BoardPainter::segmentsPaintIncrementally()
{
    // The canvas paints a stroke a few segments at a time while it is drawn; the result is the
    // stroke painted whole.
    const BoardStroke stroke = line({10, 10}, {190, 90}, 6, BoardTool::Pen, 0.7, 30);
    QImage whole(200, 100, QImage::Format_ARGB32_Premultiplied);
    whole.fill(Qt::transparent);
    QImage pieces = whole;
    {
        QPainter p(&whole);
        p.setRenderHint(QPainter::Antialiasing);
        BoardPainter::paintStroke(p, stroke);
    }
    {
        QPainter p(&pieces);
        p.setRenderHint(QPainter::Antialiasing);
        for (qsizetype i = 0; i < stroke.points.size(); i += 4)
            BoardPainter::paintSegments(p, stroke, i, i + 4);
    }
    QCOMPARE(pieces, whole);
}

QTEST_MAIN(tst_BoardPainter)
#include "tst_boardpainter.moc"
