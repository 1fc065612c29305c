// SPDX-License-Identifier: MIT
// The storyboard PDF as a producer reads it: under every panel the name and scene, length,
// camera, action, dialogue with speakers and notes; scene headers; boards as pictures; every
// page count and orientation. Checked with poppler (pdftotext, pdftoppm, pdfinfo).

#include "testproject.h"

#include "export/exporter.h"
#include "export/storyboardlayout.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_StoryboardPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void panelsCarryTheBrief();
    void sceneHeadersMarkEachScene();
    void pagesAndOrientation_data();
    void pagesAndOrientation();
    void boardsAreThePictures();
    void panelsFillTheirCells_data();
    void panelsFillTheirCells();
    void twoLandscapePanelsFillThePage();

private:
    QString exportBoard(const Project &project, int perPage, bool landscape, const QString &name);
    QTemporaryDir m_dir;
};

namespace {

QString squeezed(const QString &text)
{
    QString normalized = text.normalized(QString::NormalizationForm_KC);
    normalized.remove(QRegularExpression(QStringLiteral("\\s+")));
    return normalized;
}

QString pdfText(const QString &path)
{
    QByteArray out;
    TestProject::run(QStringLiteral("pdftotext"),
                     {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")},
                     &out);
    return QString::fromUtf8(out);
}

} // namespace

void tst_StoryboardPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (TestProject::run(QStringLiteral("pdftotext"), {QStringLiteral("-v")}) < 0)
        QFAIL("pdftotext (poppler-utils) is needed");
}

QString tst_StoryboardPdf::exportBoard(const Project &project, int perPage, bool landscape,
                                       const QString &name)
{
    ExportOptions options;
    options.format = ExportFormat::StoryboardPdf;
    options.storyboardFramesPerPage = perPage;
    options.landscape = landscape;
    const QString out = m_dir.filePath(name + QStringLiteral(".pdf"));
    const Result<void> result = exportToFile(project, QString(), out, options);
    if (!result)
        qWarning("%s", qPrintable(result.error().toString()));
    return result ? out : QString();
}

void tst_StoryboardPdf::panelsCarryTheBrief()
{
    Project project = TestProject::make(3);
    project.shots[0].notes = QStringLiteral("Hold on the sign.");
    project.shots[0].dialogue = {{QStringLiteral("Mei"), QStringLiteral("Two, please.")},
                                 {QStringLiteral("Vendor"), QStringLiteral("Last ones!")}};
    const QString out = exportBoard(project, 2, false, QStringLiteral("brief"));
    QVERIFY(!out.isEmpty());
    const QString flat = squeezed(pdfText(out));
    for (const QString &expected :
         {QStringLiteral("1 · 1A · EXT. NIGHT MARKET - NIGHT"), QStringLiteral("4 s"),
          QStringLiteral("wide shot · eye level · locked-off static camera"),
          QStringLiteral("Action: Mei takes four steps to the stall; pauses"),
          QStringLiteral("MEI: Two, please."), QStringLiteral("VENDOR: Last ones!"),
          QStringLiteral("Notes: Hold on the sign."), QStringLiteral("close-up"),
          // Chinese and Japanese come through as text, not boxes.
          QStringLiteral("美: 两份，多放辣。"), QStringLiteral("四歩進んで屋台へ")}) {
        QVERIFY2(flat.contains(squeezed(expected)), qPrintable(expected));
    }
}

void tst_StoryboardPdf::sceneHeadersMarkEachScene()
{
    const Project project = TestProject::make(6); // three in the market, three in the bar
    const QString out = exportBoard(project, 2, false, QStringLiteral("scenes"));
    const QStringList pages = pdfText(out).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), 3);
    // Page 1 starts the market; page 2 continues it, then the bar begins; page 3 continues.
    QVERIFY(squeezed(pages.at(0)).contains(squeezed(QStringLiteral("EXT. NIGHT MARKET - NIGHT"))));
    QVERIFY2(squeezed(pages.at(1))
                 .contains(squeezed(QStringLiteral("EXT. NIGHT MARKET - NIGHT (continued)"))),
             qPrintable(pages.at(1)));
    QVERIFY(squeezed(pages.at(2))
                .contains(squeezed(QStringLiteral("INT. NOODLE BAR - NIGHT (continued)"))));
}

void tst_StoryboardPdf::pagesAndOrientation_data()
{
    QTest::addColumn<int>("perPage");
    QTest::addColumn<bool>("landscape");
    for (int panels : storyboardPanelCounts()) {
        QTest::addRow("%d-portrait", panels) << panels << false;
        QTest::addRow("%d-landscape", panels) << panels << true;
    }
}

void tst_StoryboardPdf::pagesAndOrientation()
{
    QFETCH(int, perPage);
    QFETCH(bool, landscape);
    const Project project = TestProject::make(10);
    const QString out = exportBoard(project, perPage, landscape,
                                    QStringLiteral("pages-%1-%2").arg(perPage).arg(landscape));
    QVERIFY(!out.isEmpty());
    QByteArray info;
    TestProject::run(QStringLiteral("pdfinfo"), {out}, &info);
    const QRegularExpression pagesRe(QStringLiteral("Pages:\\s+(\\d+)"));
    QCOMPARE(pagesRe.match(QString::fromLatin1(info)).captured(1).toInt(),
             (10 + perPage - 1) / perPage);
    const QRegularExpression sizeRe(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+)"));
    const auto size = sizeRe.match(QString::fromLatin1(info));
    QVERIFY(size.hasMatch());
    QCOMPARE(size.captured(1).toDouble() > size.captured(2).toDouble(), landscape);
}

void tst_StoryboardPdf::boardsAreThePictures()
{
    Project project = TestProject::make(2);
    Board board;
    board.width = 1920;
    board.height = 1080;
    BoardStroke stroke;
    stroke.color = 0xff0020ff;
    stroke.width = 500;
    stroke.points = {BoardPoint::at(200, 540), BoardPoint::at(1700, 540)};
    board.ink.strokes = {stroke};
    project.shots[0].board = board;
    const QString out = exportBoard(project, 1, true, QStringLiteral("board"));
    QVERIFY(!out.isEmpty());
    QVERIFY(TestProject::run(QStringLiteral("pdftoppm"),
                             {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"),
                              QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                              QStringLiteral("2"), out, m_dir.filePath(QStringLiteral("page"))}) ==
            0);
    const auto blueShare = [](const QImage &page) {
        int blue = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                blue += c.blue() > 200 && c.red() < 60 && c.green() < 90 ? 1 : 0;
            }
        return double(blue) / (page.width() * page.height());
    };
    const QImage first(m_dir.filePath(QStringLiteral("page-1.png")));
    const QImage second(m_dir.filePath(QStringLiteral("page-2.png")));
    QVERIFY(!first.isNull() && !second.isNull());
    QVERIFY2(blueShare(first) > 0.05, qPrintable(QString::number(blueShare(first))));
    QCOMPARE(blueShare(second), 0.0); // the slate of shot 2, no board
}

void tst_StoryboardPdf::panelsFillTheirCells_data()
{
    QTest::addColumn<int>("perPage");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<bool>("notes");
    // A4 in points. Two landscape panels side by side: pictures as wide as their cells leave
    // the lower part of the page to ruled notes. One or four landscape: the height bounds them.
    QTest::newRow("2-landscape") << 2 << true << true;
    QTest::newRow("4-landscape") << 4 << true << false;
    QTest::newRow("1-portrait") << 1 << false << true;
    QTest::newRow("1-landscape") << 1 << true << false;
}

void tst_StoryboardPdf::panelsFillTheirCells()
{
    QFETCH(int, perPage);
    QFETCH(bool, landscape);
    QFETCH(bool, notes);
    const QSizeF a4 = landscape ? QSizeF(842, 595) : QSizeF(595, 842);
    const QRectF content = QRectF(QPointF(), a4).adjusted(36, 48, -36, -48);
    const qreal gap = 18;
    const QList<QRectF> cells = StoryboardLayout::cells(content, gap, perPage, landscape);
    QCOMPARE(cells.size(), perPage);
    // The cells fill the page's content: the first at its top left, the last at its bottom
    // right, in rows of equal cells.
    QCOMPARE(cells.first().topLeft(), content.topLeft());
    QCOMPARE(cells.last().bottomRight(), content.bottomRight());
    const QSize grid = StoryboardLayout::grid(perPage, landscape);
    for (int i = 0; i < cells.size(); ++i) {
        QCOMPARE(cells.at(i).size(), cells.first().size());
        if (i % grid.width() > 0) // side by side
            QCOMPARE(cells.at(i).top(), cells.at(i - 1).top());
    }
    if (perPage == 2 && landscape) {
        QCOMPARE(grid, QSize(2, 1));
        QCOMPARE(cells.first().height(), content.height());
        QCOMPARE(cells.at(1).left(), cells.first().right() + gap);
    }

    const qreal header = 16;
    const qreal text = 60;
    const QRectF cell = cells.first();
    const qreal pictureMax = cell.height() - header - text - 4;
    const StoryboardLayout::Panel panel =
        StoryboardLayout::panel(cell, header, 16.0 / 9.0, pictureMax, text, 60, 3);
    QCOMPARE(panel.header.top(), cell.top());
    QCOMPARE(panel.picture.top(), panel.header.bottom());
    QVERIFY(cell.contains(panel.picture));
    QCOMPARE(panel.text.top(), panel.picture.bottom() + 3);
    QCOMPARE(panel.notes.isEmpty(), !notes);
    if (notes) {
        // The picture is as wide as the cell; the notes take the rest of it, to its bottom.
        QCOMPARE(panel.picture.width(), cell.width());
        QCOMPARE(panel.text.height(), text);
        QCOMPARE(panel.notes.top(), panel.text.bottom() + 3);
        QCOMPARE(panel.notes.bottom(), cell.bottom());
        QCOMPARE(panel.notes.width(), cell.width());
    } else {
        // The text under the picture has the rest of the cell.
        QCOMPARE(panel.text.bottom(), cell.bottom());
    }
}

void tst_StoryboardPdf::twoLandscapePanelsFillThePage()
{
    // Rendered: the lower part of a two-panel landscape page is not blank (it was: pictures
    // as wide as half the page are not tall enough to fill it).
    const QString out = exportBoard(TestProject::make(2), 2, true, QStringLiteral("two-up"));
    QVERIFY(!out.isEmpty());
    QVERIFY(TestProject::run(QStringLiteral("pdftoppm"),
                             {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"),
                              QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                              QStringLiteral("1"), out,
                              m_dir.filePath(QStringLiteral("two-up"))}) == 0);
    const QImage page(m_dir.filePath(QStringLiteral("two-up-1.png")));
    QVERIFY(!page.isNull());
    QVERIFY(page.width() > page.height());
    // Rows between 70% and 90% of the page's height (above the footer) with ink on both
    // halves of the page, inside the margins.
    int inked = 0;
    const int rows = page.height() * 9 / 10 - page.height() * 7 / 10;
    for (int y = page.height() * 7 / 10; y < page.height() * 9 / 10; ++y) {
        bool left = false;
        bool right = false;
        for (int x = page.width() / 10; x < page.width() * 9 / 10; ++x) {
            if (qGray(page.pixel(x, y)) < 240)
                (x < page.width() / 2 ? left : right) = true;
        }
        inked += left && right ? 1 : 0;
    }
    QVERIFY2(inked > rows / 4, qPrintable(QStringLiteral("%1 of %2 rows").arg(inked).arg(rows)));
}

QTEST_MAIN(tst_StoryboardPdf)
#include "tst_storyboardpdf.moc"
