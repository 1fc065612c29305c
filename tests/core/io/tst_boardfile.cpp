// SPDX-License-Identifier: MIT
#include "io/boardfile.h"
#include "io/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_BoardFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEverything();
    void sameBoardSameBytes();
    void pointsAreStoredAsDrawn();
    void fileNameFollowsContent();
    void unknownKeysSurvive();
    void badInputNamesTheField_data();
    void badInputNamesTheField();
    void newerBoardFormatIsRefused();
    void tooManyPointsAreRefused();
    void projectSavesBoardsBesideIt();
    void savingNeverOverwritesANamedBoard();
    void unreadableBoardIsKeptAsItIs();
    void boardPathsStayInsideTheMediaFolder();
    void referenceThroughSymlinkIsRefused();
    void saveAsWritesTheBoardsAgain();
};

namespace {

Board sampleBoard()
{
    Board board;
    board.width = 1920;
    board.height = 1080;
    board.referenceImage = QStringLiteral("boards/ref-1.png");
    board.reference.opacity = 0.35f;
    board.reference.visible = false;
    BoardStroke pen;
    pen.color = 0xff112233;
    pen.width = 5.5f;
    pen.points = {BoardPoint::at(10, 20, 0.5), BoardPoint::at(30.25, 40.75, 0.8),
                  BoardPoint::at(-3, 1079.9, 1)};
    BoardStroke brush = pen;
    brush.tool = BoardTool::Brush;
    brush.width = 40;
    BoardStroke eraser = pen;
    eraser.tool = BoardTool::Eraser;
    board.sketch.strokes = {pen, brush};
    board.sketch.opacity = 0.6f;
    board.ink.strokes = {eraser, pen};
    board.ink.visible = false;
    board.arrows = {
        BoardArrow{CameraMoveArrow::Dolly, QPointF(100, 500), QPointF(900.5, 500), 0xffe0362c},
        BoardArrow{CameraMoveArrow::Crane, QPointF(10, 10), QPointF(20, 30), 0xff00ff00}};
    board.notes = {BoardNote{QPointF(40, 60), QStringLiteral("雨が強くなる \"quote\"\nline 2"),
                             0xff1565c0, 48}};
    return board;
}

QString errorText(const Result<Board> &result)
{
    return result ? QString() : result.error().toString();
}

QString errorText(const Result<LoadedProject> &result)
{
    return result ? QString() : result.error().toString();
}

Project projectWithBoard(const Board &board)
{
    Project project;
    Shot shot;
    shot.id = QStringLiteral("s1");
    shot.label = QStringLiteral("1");
    shot.board = board;
    project.shots << shot;
    return project;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void tst_BoardFile::roundTripKeepsEverything()
{
    const Board board = sampleBoard();
    const QByteArray bytes = BoardFile::serialize(board);
    const Result<Board> read = BoardFile::parse(bytes, QStringLiteral("b.sbboard"));
    QVERIFY2(read, qPrintable(errorText(read)));
    QCOMPARE(read->sketch, board.sketch);
    QCOMPARE(read->ink, board.ink);
    QCOMPARE(read->reference, board.reference);
    QCOMPARE(read->arrows, board.arrows);
    QCOMPARE(read->notes, board.notes);
    QCOMPARE(*read, board);
    QVERIFY2(bytes.contains("雨が強くなる"), "text is written as UTF-8");
    QVERIFY2(bytes.startsWith("{\n  \"board\": 1,\n  \"width\": 1920,\n  \"height\": 1080,\n"),
             bytes.left(80).constData());
}

void tst_BoardFile::sameBoardSameBytes()
{
    const QByteArray once = BoardFile::serialize(sampleBoard());
    const Result<Board> read = BoardFile::parse(once, QStringLiteral("b"));
    QVERIFY2(read, qPrintable(errorText(read)));
    QCOMPARE(BoardFile::serialize(*read), once);
    QCOMPARE(BoardFile::serialize(Board()), BoardFile::serialize(Board()));
}

void tst_BoardFile::pointsAreStoredAsDrawn()
{
    // A tenth of a pixel, a hundredth of pressure: what the canvas records is what reads back.
    const BoardPoint p = BoardPoint::at(12.345, -7.06, 0.337);
    QCOMPARE(p.x, 12.3f);
    QCOMPARE(p.y, -7.1f);
    QCOMPARE(p.pressure, 0.34f);
    QCOMPARE(BoardPoint::at(0, 0, 3.0).pressure, 1.0f);
    Board board;
    board.width = 100;
    board.height = 100;
    BoardStroke stroke;
    stroke.points = {p};
    board.sketch.strokes = {stroke};
    const QByteArray bytes = BoardFile::serialize(board);
    QVERIFY2(bytes.contains("\"points\": [123, -71, 34]"), bytes.constData());
    const Result<Board> read = BoardFile::parse(bytes, QStringLiteral("b"));
    QVERIFY2(read, qPrintable(errorText(read)));
    QCOMPARE(read->sketch.strokes.at(0).points.at(0), p);
}

void tst_BoardFile::fileNameFollowsContent()
{
    Board board = sampleBoard();
    const QString name = BoardFile::fileNameFor(board);
    QVERIFY2(name.startsWith(QLatin1String("boards/")) && name.endsWith(QLatin1String(".sbboard")),
             qPrintable(name));
    QCOMPARE(BoardFile::fileNameFor(sampleBoard()), name);
    QCOMPARE(BoardFile::imageNameFor(name), name.chopped(8) + QStringLiteral(".png"));
    board.notes[0].text = QStringLiteral("another note");
    QVERIFY(BoardFile::fileNameFor(board) != name);
    board.file = QStringLiteral("boards/kept.sbboard");
    QCOMPARE(BoardFile::fileNameFor(board), QStringLiteral("boards/kept.sbboard"));
    QCOMPARE(BoardFile::fileNameFor(Board()), QString());
}

void tst_BoardFile::unknownKeysSurvive()
{
    QByteArray bytes = BoardFile::serialize(sampleBoard());
    bytes.replace("\n}\n", ",\n  \"zeta\": {\"a\": [1, 2]},\n  \"alpha\": \"x\"\n}\n");
    const Result<Board> read = BoardFile::parse(bytes, QStringLiteral("b"));
    QVERIFY2(read, qPrintable(errorText(read)));
    const QByteArray again = BoardFile::serialize(*read);
    QVERIFY2(again.contains("\"zeta\": {\"a\":[1,2]},\n  \"alpha\": \"x\"\n}"), again.constData());
}

void tst_BoardFile::badInputNamesTheField_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray head = "{\"board\": 1, \"width\": 100, \"height\": 50, ";
    QTest::newRow("not json") << QByteArray("{\"board\": 1,\n  \"width\": }")
                              << QStringLiteral("b.sbboard:2:12: invalid JSON");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("expected a board");
    QTest::newRow("no version") << QByteArray("{\"width\": 1}")
                                << QStringLiteral("board: not a ShotBrief board");
    QTest::newRow("no size") << QByteArray("{\"board\": 1}")
                             << QStringLiteral("width: expected the canvas size");
    QTest::newRow("huge canvas") << QByteArray("{\"board\": 1, \"width\": 99999, \"height\": 5}")
                                 << QStringLiteral("width: expected a number from 1 to 8192");
    QTest::newRow("tool") << head + "\"sketch\": {\"strokes\": [{\"tool\": \"crayon\", "
                                    "\"points\": []}]}}"
                          << QStringLiteral("sketch.strokes[0].tool: expected \"pen\"");
    QTest::newRow("points not triples")
        << head + "\"ink\": {\"strokes\": [{\"points\": [1, 2]}]}}"
        << QStringLiteral("ink.strokes[0].points: expected a list of x, y, pressure");
    QTest::newRow("fractional point")
        << head + "\"ink\": {\"strokes\": [{\"points\": [1.5, 2, 3]}]}}"
        << QStringLiteral("ink.strokes[0].points[0]: expected whole numbers");
    QTest::newRow("pressure over 100")
        << head + "\"ink\": {\"strokes\": [{\"points\": [1, 2, 300]}]}}"
        << QStringLiteral("ink.strokes[0].points[0]: expected whole numbers");
    QTest::newRow("colour") << head + "\"ink\": {\"strokes\": [{\"color\": \"red\", "
                                      "\"points\": []}]}}"
                            << QStringLiteral("ink.strokes[0].color: expected a colour as #rrggbb");
    QTest::newRow("opacity") << head + "\"sketch\": {\"opacity\": 2}}"
                             << QStringLiteral("sketch.opacity: expected a number from 0 to 1");
    QTest::newRow("visible") << head + "\"sketch\": {\"visible\": \"yes\"}}"
                             << QStringLiteral("sketch.visible: expected true or false, got a "
                                               "string");
    QTest::newRow("arrow move") << head + "\"arrows\": [{\"move\": \"zoom\"}]}"
                                << QStringLiteral("arrows[0].move: expected \"pan\"");
    QTest::newRow("arrow point") << head + "\"arrows\": [{\"from\": [1]}]}"
                                 << QStringLiteral("arrows[0].from: expected a point [x, y]");
    QTest::newRow("far point") << head + "\"notes\": [{\"at\": [1e300, 2]}]}"
                               << QStringLiteral("notes[0].at: the point lies too far");
    QTest::newRow("note text") << head + "\"notes\": [{\"text\": 5}]}"
                               << QStringLiteral("notes[0].text: expected a string, got a number");
    QTest::newRow("reference outside")
        << head + "\"reference\": {\"image\": \"../../etc/passwd\"}}"
        << QStringLiteral("reference.image: \"../../etc/passwd\" leads outside the media folder");
    QTest::newRow("deep") << QByteArray(100, '[') << QStringLiteral("nested deeper");
}

void tst_BoardFile::badInputNamesTheField()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Result<Board> read = BoardFile::parse(bytes, QStringLiteral("b.sbboard"));
    QVERIFY(!read);
    const QString message = read.error().toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.startsWith(QLatin1String("b.sbboard")), qPrintable(message));
}

void tst_BoardFile::newerBoardFormatIsRefused()
{
    const Result<Board> read = BoardFile::parse("{\"board\": 7, \"width\": 10, \"height\": 10}",
                                                QStringLiteral("b.sbboard"));
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(QLatin1String("newer version")),
             qPrintable(read.error().message));
}

void tst_BoardFile::tooManyPointsAreRefused()
{
    QByteArray bytes = "{\"board\": 1, \"width\": 10, \"height\": 10, \"ink\": {\"strokes\": "
                       "[{\"points\": [";
    const qsizetype points = BoardFile::MaxPoints + 1;
    bytes.reserve(points * 6 + 100);
    for (qsizetype i = 0; i < points; ++i)
        bytes += i == 0 ? "1,1,1" : ",1,1,1";
    bytes += "]}]}}";
    const Result<Board> read = BoardFile::parse(bytes, QStringLiteral("b"));
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(QLatin1String("points")),
             qPrintable(read.error().message));
}

void tst_BoardFile::projectSavesBoardsBesideIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    const Board board = sampleBoard();
    QVERIFY(ProjectFile::save(projectWithBoard(board), path));
    const QString name = BoardFile::fileNameFor(board);
    QVERIFY2(QFileInfo::exists(dir.filePath(QStringLiteral("p.media/")) + name), qPrintable(name));
    QFile project(path);
    QVERIFY(project.open(QIODevice::ReadOnly));
    QVERIFY2(project.readAll().contains("\"board\": \"" + name.toUtf8() + "\""), "named");

    const Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    QVERIFY2(loaded->warnings.isEmpty(), qPrintable(loaded->warnings.join(QLatin1Char('\n'))));
    const Board &read = loaded->project.shots.at(0).board;
    QCOMPARE(read.file, name);
    QVERIFY(read.sameDrawing(board));
    QVERIFY(read.isEditable());

    // Unchanged, it saves to the same bytes and the same board file.
    const QString again = dir.filePath(QStringLiteral("p2.shotbrief"));
    QVERIFY(QFile::copy(path, again + QStringLiteral(".orig")));
    QVERIFY(ProjectFile::save(loaded->project, path));
    QFile a(path), b(again + QStringLiteral(".orig"));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    // parse() alone (no disk) keeps the name and writes it back.
    const Result<LoadedProject> parsed =
        ProjectFile::parse(ProjectFile::serialize(loaded->project), QStringLiteral("x"));
    QVERIFY(parsed);
    QCOMPARE(parsed->project.shots.at(0).board.file, name);
    QVERIFY(parsed->project.shots.at(0).board.isUnread());
    QCOMPARE(ProjectFile::serialize(parsed->project), ProjectFile::serialize(loaded->project));
}

void tst_BoardFile::savingNeverOverwritesANamedBoard()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    Board board = sampleBoard();
    QVERIFY(ProjectFile::save(projectWithBoard(board), path));
    const QString first = dir.filePath(QStringLiteral("p.media/")) + BoardFile::fileNameFor(board);
    QFile firstFile(first);
    QVERIFY(firstFile.open(QIODevice::ReadOnly));
    const QByteArray before = firstFile.readAll();
    firstFile.close();

    board.sketch.strokes.removeLast();
    QVERIFY(ProjectFile::save(projectWithBoard(board), path));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("p.media/")) +
                              BoardFile::fileNameFor(board)));
    QVERIFY(firstFile.open(QIODevice::ReadOnly));
    QCOMPARE(firstFile.readAll(), before);
}

void tst_BoardFile::unreadableBoardIsKeptAsItIs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    Board named;
    named.file = QStringLiteral("boards/broken.sbboard");
    QVERIFY(ProjectFile::save(projectWithBoard(named), path));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("p.media/boards/broken.sbboard")),
                      "{\"board\": 1, \"width\": oops"));
    const Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY2(loaded, qPrintable(errorText(loaded)));
    QCOMPARE(loaded->warnings.size(), 1);
    const QString warning = loaded->warnings.first();
    QVERIFY2(warning.contains(QLatin1String("shots[0].board")) &&
                 warning.contains(QLatin1String("invalid JSON")) &&
                 warning.contains(QLatin1String("kept as it is")),
             qPrintable(warning));
    const Board &board = loaded->project.shots.at(0).board;
    QVERIFY(!board.isEditable());
    QCOMPARE(board.file, named.file);
    QVERIFY(ProjectFile::save(loaded->project, path));
    QFile project(path);
    QVERIFY(project.open(QIODevice::ReadOnly));
    QVERIFY(project.readAll().contains("\"board\": \"boards/broken.sbboard\""));
    QFile broken(dir.filePath(QStringLiteral("p.media/boards/broken.sbboard")));
    QVERIFY(broken.open(QIODevice::ReadOnly));
    QCOMPARE(broken.readAll(), QByteArray("{\"board\": 1, \"width\": oops"));

    // A missing file says so, the same way.
    QVERIFY(QFile::remove(broken.fileName()));
    const Result<LoadedProject> missing = ProjectFile::load(path);
    QVERIFY(missing);
    QVERIFY2(missing->warnings.value(0).contains(QLatin1String("does not exist")),
             qPrintable(missing->warnings.value(0)));
}

void tst_BoardFile::boardPathsStayInsideTheMediaFolder()
{
    QByteArray bytes = ProjectFile::serialize(projectWithBoard(Board()));
    bytes.replace("\"board\": \"\"", "\"board\": \"../outside.sbboard\"");
    const Result<LoadedProject> loaded = ProjectFile::parse(bytes, QStringLiteral("p.shotbrief"));
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().toString().contains(QLatin1String("shots[0].board")),
             qPrintable(loaded.error().toString()));
}

void tst_BoardFile::referenceThroughSymlinkIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    Board board;
    board.width = 100;
    board.height = 100;
    board.referenceImage = QStringLiteral("boards/evil.png");
    QVERIFY(ProjectFile::save(projectWithBoard(board), path));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("secret.png")), "secret"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("secret.png")),
                        dir.filePath(QStringLiteral("p.media/boards/evil.png"))));
    const Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().toString().contains(QLatin1String("shots[0].board (reference.image)")),
             qPrintable(loaded.error().toString()));
}

void tst_BoardFile::saveAsWritesTheBoardsAgain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("a/p.shotbrief"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("a"))));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("b"))));
    QVERIFY(ProjectFile::save(projectWithBoard(sampleBoard()), path));
    const Result<LoadedProject> loaded = ProjectFile::load(path);
    QVERIFY(loaded);
    const QString other = dir.filePath(QStringLiteral("b/q.shotbrief"));
    QVERIFY(ProjectFile::save(loaded->project, other));
    const Result<LoadedProject> copy = ProjectFile::load(other);
    QVERIFY2(copy, qPrintable(errorText(copy)));
    QVERIFY2(copy->warnings.isEmpty(), qPrintable(copy->warnings.join(QLatin1Char('\n'))));
    QVERIFY(copy->project.shots.at(0).board.sameDrawing(sampleBoard()));
}

QTEST_GUILESS_MAIN(tst_BoardFile)
#include "tst_boardfile.moc"
