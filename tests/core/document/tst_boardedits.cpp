// SPDX-License-Identifier: MIT
#include "testproject.h"

#include "document/projectdocument.h"
#include "io/boardfile.h"
#include "io/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;

class tst_BoardEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStrokeIsOneUndoStep();
    void oneGestureMerges();
    void unchangedDrawingPushesNothing();
    void boardChangesDoNotTouchTheBrief();
    void duplicateSplitAndDeleteCarryTheBoard();
    void saveWritesTheBoardAndItsPicture();
    void saveRemovesBoardFilesNothingNames();
    void saveKeepsWhatUndoBringsBack();
    void failedSaveRemovesNothing();
    void boardBecomesTheFirstFrame();
    void firstFrameNeedsASavedProject();
};

namespace {

Board withStrokes(Board board, int strokes)
{
    board.width = 1920;
    board.height = 1080;
    for (int i = 0; i < strokes; ++i) {
        BoardStroke stroke;
        stroke.points = {BoardPoint::at(10 * i, 10), BoardPoint::at(10 * i + 100, 200, 0.5)};
        board.sketch.strokes.append(stroke);
    }
    return board;
}

QString shotId(const ProjectDocument &document, int row)
{
    return document.project().shots.at(row).id;
}

/// Everything in the media folder's boards/, hidden files and folders too: "x.sbboard", ...
QStringList boardsFolder(const QString &projectPath)
{
    return QDir(ProjectFile::mediaFolderFor(projectPath) + QStringLiteral("/boards"))
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/// The layered file and the flattened picture of a board, as boardsFolder() names them.
QStringList filesOf(const Board &board)
{
    const QString file = QFileInfo(BoardFile::fileNameFor(board)).fileName();
    return {file, QFileInfo(BoardFile::imageNameFor(file)).fileName()};
}

bool holds(const QStringList &folder, const QStringList &files)
{
    for (const QString &file : files) {
        if (!folder.contains(file))
            return false;
    }
    return true;
}

bool holdsNone(const QStringList &folder, const QStringList &files)
{
    for (const QString &file : files) {
        if (folder.contains(file))
            return false;
    }
    return true;
}

} // namespace

void tst_BoardEdits::eachStrokeIsOneUndoStep()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(3));
    const QString id = shotId(document, 1);
    const Board one = withStrokes(Board(), 1);
    const Board two = withStrokes(Board(), 2);
    document.setBoard(id, one, QStringLiteral("Draw stroke"));
    document.setBoard(id, two, QStringLiteral("Draw stroke"));
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Draw stroke"));
    QCOMPARE(document.project().shots.at(1).board.strokeCount(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.project().shots.at(1).board.strokeCount(), 1);
    document.undoStack()->undo();
    QVERIFY(!document.project().shots.at(1).board.exists());
    document.undoStack()->redo();
    document.undoStack()->redo();
    QVERIFY(document.project().shots.at(1).board.sameDrawing(two));
    QVERIFY(document.isModified());
}

void tst_BoardEdits::oneGestureMerges()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2));
    const QString id = shotId(document, 0);
    Board board = withStrokes(Board(), 1);
    document.setBoard(id, board, QStringLiteral("Draw stroke"));
    for (float opacity : {0.9f, 0.7f, 0.4f}) {
        board.sketch.opacity = opacity;
        document.setBoard(id, board, QStringLiteral("Sketch opacity"),
                          QStringLiteral("opacity/sketch"));
    }
    QCOMPARE(document.undoStack()->count(), 2);
    // The same gesture on another shot is its own step.
    document.setBoard(shotId(document, 1), board, QStringLiteral("Sketch opacity"),
                      QStringLiteral("opacity/sketch"));
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.project().shots.at(0).board.sketch.opacity, 1.0f);
    QCOMPARE(document.project().shots.at(0).board.strokeCount(), 1);
}

void tst_BoardEdits::unchangedDrawingPushesNothing()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(1));
    const QString id = shotId(document, 0);
    document.setBoard(id, withStrokes(Board(), 1), QStringLiteral("Draw stroke"));
    Board same = document.project().shots.at(0).board;
    same.file = QStringLiteral("boards/other.sbboard");
    document.setBoard(id, same, QStringLiteral("Draw stroke"));
    document.setBoard(QStringLiteral("no such shot"), same, QStringLiteral("Draw stroke"));
    QCOMPARE(document.undoStack()->count(), 1);
}

void tst_BoardEdits::boardChangesDoNotTouchTheBrief()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(3));
    QSignalSpy boards(&document, &ProjectDocument::boardChanged);
    QSignalSpy shots(&document, &ProjectDocument::shotChanged);
    QSignalSpy changed(&document, &ProjectDocument::changed);
    document.setBoard(shotId(document, 2), withStrokes(Board(), 1), QStringLiteral("Draw stroke"));
    QCOMPARE(boards.size(), 1);
    QCOMPARE(boards.at(0).at(0).toInt(), 2);
    QCOMPARE(boards.at(0).at(1).toString(), shotId(document, 2));
    QCOMPARE(shots.size(), 0);
    QCOMPARE(changed.size(), 1);
    // A brief edit keeps the board, and undoing it does not take the board away.
    Shot edited = document.project().shots.at(2);
    edited.mood = QStringLiteral("tense");
    document.editShot(edited.id, edited, ShotField::Mood);
    document.undoStack()->undo();
    QCOMPARE(document.project().shots.at(2).board.strokeCount(), 1);
}

void tst_BoardEdits::duplicateSplitAndDeleteCarryTheBoard()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(3));
    const QString id = shotId(document, 0);
    const Board board = withStrokes(Board(), 3);
    document.setBoard(id, board, QStringLiteral("Draw stroke"));

    const QStringList copies = document.duplicateShots({id});
    QCOMPARE(copies.size(), 1);
    QVERIFY(document.project().shotById(copies.first())->board.sameDrawing(board));

    const QStringList parts = document.splitShot(shotId(document, 2), {4, 4}, {0, 1, 1});
    QCOMPARE(parts.size(), 2);
    // The split shot had no board; draw one and split again: every part starts from it.
    document.setBoard(parts.at(1), board, QStringLiteral("Draw stroke"));
    const QStringList again = document.splitShot(parts.at(1), {2, 2}, {0});
    for (const QString &part : again)
        QVERIFY(document.project().shotById(part)->board.sameDrawing(board));

    document.removeShots({id});
    QVERIFY(!document.project().shotById(id));
    document.undoStack()->undo();
    QVERIFY(document.project().shotById(id)->board.sameDrawing(board));
}

void tst_BoardEdits::saveWritesTheBoardAndItsPicture()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2));
    const Board board = withStrokes(Board(), 2);
    document.setBoard(shotId(document, 0), board, QStringLiteral("Draw stroke"));
    QVERIFY(document.saveAs(path));
    QVERIFY(!document.isModified());
    const Board &saved = document.project().shots.at(0).board;
    QCOMPARE(saved.file, BoardFile::fileNameFor(board));
    const QString media = ProjectFile::mediaFolderFor(path) + QLatin1Char('/');
    QVERIFY(QFileInfo::exists(media + saved.file));
    QCOMPARE(QImageReader(media + BoardFile::imageNameFor(saved.file)).size(), QSize(1920, 1080));

    QVERIFY(document.load(path));
    QVERIFY(document.project().shots.at(0).board.sameDrawing(board));
    QVERIFY(document.loadWarnings().isEmpty());
}

void tst_BoardEdits::saveRemovesBoardFilesNothingNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(2));
    const Board one = withStrokes(Board(), 1);
    const Board two = withStrokes(Board(), 2);
    const Board three = withStrokes(Board(), 3);
    document.setBoard(shotId(document, 0), one, QStringLiteral("Draw stroke"));
    QVERIFY(document.saveAs(path));
    // Files that are not the app's own stay, whatever names them.
    const QString boards = ProjectFile::mediaFolderFor(path) + QStringLiteral("/boards/");
    for (const QString &name : {QStringLiteral("notes.txt"), QStringLiteral(".hidden.png")}) {
        QFile own(boards + name);
        QVERIFY(own.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(boards).mkdir(QStringLiteral(".trash")));
    // A board re-saved under a new name (its content changed) ...
    document.setBoard(shotId(document, 0), two, QStringLiteral("Draw stroke"));
    QVERIFY(document.save());
    // ... and a board only an autosave wrote (a state never saved, no longer in the document;
    // an autosave writes the layered file only).
    Project autosaved = document.project();
    autosaved.shots[1].board = three;
    QVERIFY(ProjectFile::save(autosaved, ProjectFile::autosavePathFor(path)));
    QVERIFY(holds(boardsFolder(path), filesOf(one) + filesOf(two) + filesOf(three).mid(0, 1)));

    // Opened again (no undo history names the old boards) and saved: only what the project
    // names is left, with the files that are not ours.
    QVERIFY(document.load(path));
    QVERIFY(document.save());
    QStringList expected =
        filesOf(two) + QStringList{QStringLiteral(".hidden.png"), QStringLiteral(".trash"),
                                   QStringLiteral("notes.txt")};
    expected.sort();
    QCOMPARE(boardsFolder(path), expected);
    QVERIFY(document.load(path));
    QVERIFY(document.project().shots.at(0).board.sameDrawing(two));
    QVERIFY(document.loadWarnings().isEmpty());
}

void tst_BoardEdits::saveKeepsWhatUndoBringsBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(3));
    QVERIFY(document.saveAs(path));
    // A picture imported onto a board is only on disk: the board names it.
    const QString reference = QStringLiteral("boards/ref-0123456789abcdef0123.png");
    QImage picture(32, 18, QImage::Format_RGB32);
    picture.fill(Qt::red);
    QVERIFY(QDir().mkpath(ProjectFile::mediaFolderFor(path) + QStringLiteral("/boards")));
    QVERIFY(picture.save(ProjectFile::mediaFolderFor(path) + QLatin1Char('/') + reference));
    Board withReference = withStrokes(Board(), 1);
    withReference.referenceImage = reference;
    const Board drawn = withStrokes(Board(), 2);
    const QString first = shotId(document, 0);
    const QString deleted = shotId(document, 2);
    document.setBoard(first, withReference, QStringLiteral("Set reference picture"));
    document.setBoard(deleted, drawn, QStringLiteral("Draw stroke"));
    QVERIFY(document.save());
    // The reference picture taken off, the shot with a board deleted: saved, their files
    // stay while undo can bring them back.
    Board withoutReference = withReference;
    withoutReference.referenceImage.clear();
    document.setBoard(first, withoutReference, QStringLiteral("Remove reference picture"));
    document.removeShots({deleted});
    QVERIFY(document.save());
    const QStringList kept =
        filesOf(withReference) + filesOf(drawn) + QStringList{QFileInfo(reference).fileName()};
    QVERIFY2(holds(boardsFolder(path), kept), qPrintable(boardsFolder(path).join(u' ')));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(document.save());
    QVERIFY(document.load(path));
    QCOMPARE(document.project().shots.size(), 3);
    QVERIFY(document.loadWarnings().isEmpty());
    QVERIFY(document.project().shotById(deleted)->board.sameDrawing(drawn));
    QCOMPARE(document.project().shotById(first)->board.referenceImage, reference);

    // Deleted again and saved in a session without that history: the files go.
    document.removeShots({deleted});
    document.setBoard(first, withoutReference, QStringLiteral("Remove reference picture"));
    QVERIFY(document.save());
    QVERIFY(document.load(path));
    QVERIFY(document.save());
    QVERIFY2(holdsNone(boardsFolder(path), kept), qPrintable(boardsFolder(path).join(u' ')));
    QStringList left = filesOf(withoutReference);
    left.sort();
    QCOMPARE(boardsFolder(path), left);
}

void tst_BoardEdits::failedSaveRemovesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The project file cannot be written (a folder is in its place): the board files already
    // there, named by no project, stay.
    const QString path = dir.filePath(QStringLiteral("q.shotbrief"));
    QVERIFY(QDir().mkpath(path));
    const QString boards = ProjectFile::mediaFolderFor(path) + QStringLiteral("/boards/");
    QVERIFY(QDir().mkpath(boards));
    const QString stale = QFileInfo(BoardFile::fileNameFor(withStrokes(Board(), 5))).fileName();
    QFile file(boards + stale);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(1));
    document.setBoard(shotId(document, 0), withStrokes(Board(), 1), QStringLiteral("Draw stroke"));
    QVERIFY(!document.saveAs(path));
    QVERIFY(boardsFolder(path).contains(stale));
}

void tst_BoardEdits::boardBecomesTheFirstFrame()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.shotbrief"));
    ProjectDocument document;
    Project project = TestData::sampleProject(2);
    project.shots[1].size = QStringLiteral("720x1280");
    document.resetProject(project);
    QVERIFY(document.saveAs(path));
    const QString id = shotId(document, 1);
    document.setBoard(id, withStrokes(Board(), 1), QStringLiteral("Draw stroke"));
    const int before = document.undoStack()->count();
    const Result<void> used = document.useBoardAsFirstFrame(id);
    QVERIFY2(used, qPrintable(used ? QString() : used.error().toString()));
    QCOMPARE(document.undoStack()->count(), before + 1);
    QCOMPARE(document.undoStack()->undoText(),
             QStringLiteral("Use board as first frame of Shot 2"));
    const QString first = document.project().shots.at(1).referenceImage;
    QVERIFY2(first.startsWith(QLatin1String("refs/board-")), qPrintable(first));
    const Result<QString> file = ProjectFile::resolveMediaPath(path, first);
    QVERIFY(file);
    QCOMPARE(QImageReader(*file).size(), QSize(720, 1280));
    document.undoStack()->undo();
    QVERIFY(document.project().shots.at(1).referenceImage.isEmpty());
    QCOMPARE(document.project().shots.at(1).board.strokeCount(), 1);
}

void tst_BoardEdits::firstFrameNeedsASavedProject()
{
    ProjectDocument document;
    document.resetProject(TestData::sampleProject(1));
    const QString id = shotId(document, 0);
    document.setBoard(id, withStrokes(Board(), 1), QStringLiteral("Draw stroke"));
    const Result<void> used = document.useBoardAsFirstFrame(id);
    QVERIFY(!used);
    QVERIFY2(used.error().message.contains(QLatin1String("Save the project first")),
             qPrintable(used.error().message));
    QCOMPARE(document.undoStack()->count(), 1);
}

QTEST_MAIN(tst_BoardEdits)
#include "tst_boardedits.moc"
