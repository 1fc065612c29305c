// SPDX-License-Identifier: MIT
#include "board/boardimages.h"
#include "board/shotpicture.h"

#include "io/boardfile.h"
#include "io/projectfile.h"

#include <QDir>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_ShotPicture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void slateWhenThereIsNothing();
    void firstFrameThenBoardThenTake();
    void unsavedBoardIsDrawnFromMemory();
    void flattenedPictureIsWrittenOnceAndUsed();
    void keyChangesWithTheDrawing();
    void firstFrameFromBoard();
    void firstFrameNeedsAFileAndABoard();

private:
    QString media(const QString &relative) const
    {
        return m_dir->filePath(QStringLiteral("p.media/")) + relative;
    }
    void writeImage(const QString &relative, const QColor &color, const QSize &size = {64, 36})
    {
        QDir().mkpath(QFileInfo(media(relative)).absolutePath());
        QImage image(size, QImage::Format_RGB32);
        image.fill(color);
        QVERIFY(image.save(media(relative)));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {

Board drawnBoard()
{
    Board board;
    board.width = 320;
    board.height = 180;
    BoardStroke stroke;
    stroke.color = 0xff0000ff;
    stroke.width = 60;
    stroke.points = {BoardPoint::at(0, 90), BoardPoint::at(320, 90)};
    board.ink.strokes = {stroke};
    board.arrows = {
        BoardArrow{CameraMoveArrow::Pan, QPointF(20, 20), QPointF(300, 20), 0xffff0000}};
    return board;
}

Shot shotWith(const Board &board)
{
    Shot shot;
    shot.id = QStringLiteral("s");
    shot.label = QStringLiteral("4B");
    shot.size = QStringLiteral("640x360");
    shot.board = board;
    return shot;
}

} // namespace

void tst_ShotPicture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("p.shotbrief"));
}

void tst_ShotPicture::slateWhenThereIsNothing()
{
    const ShotPicture picture = shotPicture(Project(), m_path, shotWith(Board()));
    QVERIFY(picture.isSlate());
    QVERIFY(loadShotPicture(picture, QSize(100, 100)).isNull());
}

void tst_ShotPicture::firstFrameThenBoardThenTake()
{
    Shot shot = shotWith(Board());
    shot.referenceImage = QStringLiteral("refs/first.png");
    writeImage(shot.referenceImage, Qt::green);
    ShotPicture picture = shotPicture(Project(), m_path, shot);
    QCOMPARE(picture.source, ShotPicture::Source::FirstFrame);
    QCOMPARE(loadShotPicture(picture, QSize(32, 32)).pixelColor(10, 5), QColor(Qt::green));

    shot.board = drawnBoard();
    picture = shotPicture(Project(), m_path, shot);
    QCOMPARE(picture.source, ShotPicture::Source::Board);

    Take take;
    take.id = QStringLiteral("t");
    take.status = TakeStatus::Ready;
    take.thumbnailPath = QStringLiteral("thumbs/t.png");
    shot.takes = {take};
    shot.circledTakeId = take.id;
    picture = shotPicture(Project(), m_path, shot);
    QCOMPARE(picture.source, ShotPicture::Source::Board); // the thumbnail is not there yet
    writeImage(take.thumbnailPath, Qt::yellow);
    picture = shotPicture(Project(), m_path, shot);
    QCOMPARE(picture.source, ShotPicture::Source::Take);
    QCOMPARE(picture.path, media(take.thumbnailPath));
}

void tst_ShotPicture::unsavedBoardIsDrawnFromMemory()
{
    // No project file at all: the board is still the picture.
    const ShotPicture picture = shotPicture(Project(), QString(), shotWith(drawnBoard()));
    QCOMPARE(picture.source, ShotPicture::Source::Board);
    QVERIFY(picture.path.isEmpty());
    const QImage image = loadShotPicture(picture, QSize(160, 160));
    QCOMPARE(image.size(), QSize(160, 90));
    QCOMPARE(image.pixelColor(80, 45), QColor(Qt::blue));
}

void tst_ShotPicture::flattenedPictureIsWrittenOnceAndUsed()
{
    Project project;
    project.shots = {shotWith(drawnBoard())};
    QVERIFY(ProjectFile::save(project, m_path));
    QVERIFY(BoardImages::writeFlattened(project, m_path));
    const QString name = BoardFile::imageNameFor(BoardFile::fileNameFor(project.shots[0].board));
    const QString png = media(name);
    QCOMPARE(QImageReader(png).size(), QSize(320, 180));
    const QDateTime written = QFileInfo(png).lastModified();
    QVERIFY(BoardImages::writeFlattened(project, m_path));
    QCOMPARE(QFileInfo(png).lastModified(), written);

    // Read back from the project, the picture is the file, not drawn again.
    const Result<LoadedProject> loaded = ProjectFile::load(m_path);
    QVERIFY(loaded);
    const ShotPicture picture = shotPicture(loaded->project, m_path, loaded->project.shots[0]);
    QCOMPARE(picture.source, ShotPicture::Source::Board);
    QCOMPARE(picture.path, png);
    QCOMPARE(loadShotPicture(picture, QSize(320, 180)).pixelColor(160, 90), QColor(Qt::blue));
}

void tst_ShotPicture::keyChangesWithTheDrawing()
{
    Shot shot = shotWith(drawnBoard());
    const QString before = shotPicture(Project(), m_path, shot).key;
    QCOMPARE(shotPicture(Project(), m_path, shot).key, before);
    shot.board.ink.strokes[0].color = 0xff00ff00;
    QVERIFY(shotPicture(Project(), m_path, shot).key != before);
}

void tst_ShotPicture::firstFrameFromBoard()
{
    Shot shot = shotWith(drawnBoard());
    const Result<QString> written = BoardImages::writeFirstFrame(shot, QSize(640, 360), m_path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QVERIFY2(written->startsWith(QLatin1String("refs/board-")), qPrintable(*written));
    const QImage image(media(*written));
    QCOMPARE(image.size(), QSize(640, 360));
    QCOMPARE(image.pixelColor(320, 180), QColor(Qt::blue));
    // No camera arrow in a first frame.
    QCOMPARE(image.pixelColor(320, 40), QColor(Qt::white));
    QCOMPARE(BoardImages::writeFirstFrame(shot, QSize(640, 360), m_path).value(), *written);
}

void tst_ShotPicture::firstFrameNeedsAFileAndABoard()
{
    const Result<QString> unsaved =
        BoardImages::writeFirstFrame(shotWith(drawnBoard()), QSize(640, 360), QString());
    QVERIFY(!unsaved);
    QVERIFY2(unsaved.error().message.contains(QLatin1String("Save the project")),
             qPrintable(unsaved.error().message));
    const Result<QString> empty =
        BoardImages::writeFirstFrame(shotWith(Board()), QSize(640, 360), m_path);
    QVERIFY(!empty);
    QVERIFY2(empty.error().message.contains(QLatin1String("no board")),
             qPrintable(empty.error().message));
}

QTEST_MAIN(tst_ShotPicture)
#include "tst_shotpicture.moc"
