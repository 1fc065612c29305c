// SPDX-License-Identifier: MIT
// Hostile project files: media paths that try to leave the media folder (lexically or via
// symlinks), reference "images" that are not images or are decompression bombs, control
// characters and invalid UTF-8 in strings. Each is refused or neutralised with a message
// that names the field.
#include "io/projectfile.h"
#ifdef SHOTBRIEF_HAVE_EMULATOR
#include "emulator/imageprobe.h"
#endif
#ifdef SHOTBRIEF_HAVE_EXPORT
#include "export/exportdata.h"
#include "export/slate.h"
#endif

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <functional>

using namespace ShotBrief;

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), chunk.data());
    const QByteArray body = type + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(body), crc.data());
    return chunk + body + crc;
}

/// A valid PNG header (correct CRCs) claiming width x height, followed by a tiny IDAT: a
/// reader that trusts the header allocates width * height * 4 bytes.
QByteArray pngBomb(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8;                                                                 // bit depth
    ihdr[9] = 6;                                                                 // RGBA
    const QByteArray idat = QByteArray::fromHex("789c63000100000500010d0a2db4"); // zlib
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat) +
           pngChunk("IEND", {});
}

Project baseProject()
{
    Project project;
    project.title = QStringLiteral("Hostile");
    project.cast = {
        {QStringLiteral("c1"), QStringLiteral("Mei"), QStringLiteral("a woman"), {}, {}}};
    Shot shot;
    shot.id = QStringLiteral("shot-1");
    shot.label = QStringLiteral("1");
    shot.durationSeconds = 4;
    Take take;
    take.id = QStringLiteral("take-1");
    take.status = TakeStatus::Ready;
    take.seconds = 4;
    shot.takes = {take};
    project.shots = {shot};
    return project;
}

using Setter = std::function<void(Project &, const QString &)>;

QList<QPair<QString, Setter>> mediaFields()
{
    return {
        {QStringLiteral("cast[0].reference_image"),
         [](Project &p, const QString &v) {
             p.cast[0].referenceImage = v;
         }},
        {QStringLiteral("shots[0].reference_image"),
         [](Project &p, const QString &v) {
             p.shots[0].referenceImage = v;
         }},
        {QStringLiteral("shots[0].takes[0].reference_image"),
         [](Project &p, const QString &v) {
             p.shots[0].takes[0].referenceImage = v;
         }},
        {QStringLiteral("shots[0].takes[0].clip"),
         [](Project &p, const QString &v) {
             p.shots[0].takes[0].clipPath = v;
         }},
        {QStringLiteral("shots[0].takes[0].thumbnail"),
         [](Project &p, const QString &v) {
             p.shots[0].takes[0].thumbnailPath = v;
         }},
        {QStringLiteral("shots[0].takes[0].spritesheet"),
         [](Project &p, const QString &v) {
             p.shots[0].takes[0].spritesheetPath = v;
         }},
        {QStringLiteral("shots[0].board"),
         [](Project &p, const QString &v) {
             p.shots[0].board.file = v;
         }},
    };
}

QString errorText(const Result<LoadedProject> &result)
{
    return result ? QString() : result.error().toString();
}

} // namespace

class tst_HostileProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void traversalIsRefusedInEveryMediaField_data();
    void traversalIsRefusedInEveryMediaField();
    void symlinksOutOfTheMediaFolderAreRefused_data();
    void symlinksOutOfTheMediaFolderAreRefused();
    void symlinkInsideTheMediaFolderIsFine();
    void resolveRefusesWhatAppearedAfterLoading();
    void badBytesInStrings_data();
    void badBytesInStrings();
    void escapedControlCharactersInTextAreKept();
    void imageBombsAreNeverDecoded_data();
    void imageBombsAreNeverDecoded();
};

void tst_HostileProject::traversalIsRefusedInEveryMediaField_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("parent") << QStringLiteral("../secret.png");
    QTest::newRow("parent deep inside") << QStringLiteral("refs/../../../etc/passwd");
    QTest::newRow("parent with backslashes") << QStringLiteral("refs\\..\\..\\x.png");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("home") << QStringLiteral("/home/user/.ssh/id_rsa");
    QTest::newRow("drive letter") << QStringLiteral("C:/Windows/win.ini");
    QTest::newRow("UNC") << QStringLiteral("\\\\server\\share\\x.png");
    QTest::newRow("control character") << QStringLiteral("refs/a\u0001b.png");
    QTest::newRow("newline") << QStringLiteral("refs/a\nb.png");
    QTest::newRow("nul") << QStringLiteral("refs/a") + QChar(0) + QStringLiteral("b.png");
}

void tst_HostileProject::traversalIsRefusedInEveryMediaField()
{
    QFETCH(QString, value);
    for (const auto &[field, set] : mediaFields()) {
        Project project = baseProject();
        set(project, value);
        const Result<LoadedProject> parsed =
            ProjectFile::parse(ProjectFile::serialize(project), QStringLiteral("evil.shotbrief"));
        QVERIFY2(!parsed.hasValue(), qPrintable(field + QLatin1String(" accepted ") + value));
        QVERIFY2(errorText(parsed).contains(field), qPrintable(errorText(parsed)));
    }
    // resolveMediaPath (what every reader of media calls) refuses it too.
    QVERIFY(!ProjectFile::resolveMediaPath(QStringLiteral("/tmp/x.shotbrief"), value).hasValue());
}

void tst_HostileProject::symlinksOutOfTheMediaFolderAreRefused_data()
{
    QTest::addColumn<QString>("linkPath"); // inside the media folder
    QTest::addColumn<QString>("target");   // "OUTSIDE" is replaced by a folder outside
    QTest::addColumn<QString>("value");    // the media path stored in the project
    QTest::newRow("file to /etc/passwd")
        << QStringLiteral("refs/evil.png") << QStringLiteral("/etc/passwd")
        << QStringLiteral("refs/evil.png");
    QTest::newRow("file to a file outside")
        << QStringLiteral("refs/evil.png") << QStringLiteral("OUTSIDE/secret.png")
        << QStringLiteral("refs/evil.png");
    QTest::newRow("folder to a folder outside")
        << QStringLiteral("refs") << QStringLiteral("OUTSIDE") << QStringLiteral("refs/secret.png");
    QTest::newRow("relative link climbing out")
        << QStringLiteral("clips/evil.mp4") << QStringLiteral("../../outside/secret.png")
        << QStringLiteral("clips/evil.mp4");
    QTest::newRow("dangling link to outside")
        << QStringLiteral("clips/new.mp4") << QStringLiteral("OUTSIDE/not-yet.mp4")
        << QStringLiteral("clips/new.mp4");
    QTest::newRow("folder link to a missing file's folder")
        << QStringLiteral("thumbs") << QStringLiteral("OUTSIDE")
        << QStringLiteral("thumbs/missing.webp");
}

void tst_HostileProject::symlinksOutOfTheMediaFolderAreRefused()
{
    QFETCH(QString, linkPath);
    QFETCH(QString, target);
    QFETCH(QString, value);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString outside = dir.filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(outside));
    QFile secret(outside + QStringLiteral("/secret.png"));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("secret");
    secret.close();
    const QString projectPath = dir.filePath(QStringLiteral("project/evil.shotbrief"));
    const QString media = dir.filePath(QStringLiteral("project/evil.media"));
    QVERIFY(QDir().mkpath(media + QStringLiteral("/clips")));
    const QString link = media + QLatin1Char('/') + linkPath;
    QDir().mkpath(QFileInfo(link).absolutePath());
    QString resolvedTarget = target;
    resolvedTarget.replace(QLatin1String("OUTSIDE"), outside);
    QVERIFY2(QFile::link(resolvedTarget, link), qPrintable(link));

    for (const auto &[field, set] : mediaFields()) {
        Project project = baseProject();
        set(project, value);
        QVERIFY(ProjectFile::save(project, projectPath));
        const Result<LoadedProject> loaded = ProjectFile::load(projectPath);
        QVERIFY2(!loaded.hasValue(), qPrintable(field + QLatin1String(" accepted ") + value));
        QVERIFY2(errorText(loaded).contains(field), qPrintable(errorText(loaded)));
    }
    const Result<QString> resolved = ProjectFile::resolveMediaPath(projectPath, value);
    QVERIFY2(!resolved.hasValue(), qPrintable(resolved ? *resolved : QString()));
}

void tst_HostileProject::symlinkInsideTheMediaFolderIsFine()
{
    QTemporaryDir dir;
    const QString projectPath = dir.filePath(QStringLiteral("ok.shotbrief"));
    const QString media = dir.filePath(QStringLiteral("ok.media"));
    QVERIFY(QDir().mkpath(media + QStringLiteral("/clips")));
    QVERIFY(QDir().mkpath(media + QStringLiteral("/refs")));
    QFile clip(media + QStringLiteral("/clips/a.mp4"));
    QVERIFY(clip.open(QIODevice::WriteOnly));
    clip.close();
    QVERIFY(QFile::link(QStringLiteral("../clips/a.mp4"), media + QStringLiteral("/refs/a.mp4")));
    Project project = baseProject();
    project.shots[0].takes[0].clipPath = QStringLiteral("refs/a.mp4");
    QVERIFY(ProjectFile::save(project, projectPath));
    const Result<LoadedProject> loaded = ProjectFile::load(projectPath);
    QVERIFY2(loaded.hasValue(), qPrintable(errorText(loaded)));
}

void tst_HostileProject::resolveRefusesWhatAppearedAfterLoading()
{
    // The project loads cleanly; a symlink placed afterwards (a synced folder, another
    // program) is caught when the path is used.
    QTemporaryDir dir;
    const QString projectPath = dir.filePath(QStringLiteral("late.shotbrief"));
    const QString media = dir.filePath(QStringLiteral("late.media"));
    QVERIFY(QDir().mkpath(media + QStringLiteral("/clips")));
    Project project = baseProject();
    project.shots[0].takes[0].clipPath = QStringLiteral("clips/a.mp4");
    QVERIFY(ProjectFile::save(project, projectPath));
    QVERIFY(ProjectFile::load(projectPath).hasValue());
    QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), media + QStringLiteral("/clips/a.mp4")));
    QVERIFY(!ProjectFile::resolveMediaPath(projectPath, QStringLiteral("clips/a.mp4")).hasValue());
}

void tst_HostileProject::badBytesInStrings_data()
{
    QTest::addColumn<QByteArray>("title"); // raw bytes between the quotes
    QTest::addColumn<QString>("expected"); // in the error
    QTest::newRow("raw control character") << QByteArray("a\x01z") << "control character";
    QTest::newRow("raw escape (terminal injection)") << QByteArray("\x1b[2Jz") << "control";
    QTest::newRow("raw NUL") << QByteArray("a\0z", 3) << "";
    QTest::newRow("invalid UTF-8 byte") << QByteArray("a\xffz") << "UTF-8";
    QTest::newRow("overlong slash") << QByteArray("a\xc0\xafz") << "UTF-8";
    QTest::newRow("truncated sequence") << QByteArray("a\xe2\x82z") << "UTF-8";
    QTest::newRow("UTF-16 surrogate in UTF-8") << QByteArray("a\xed\xa0\x80z") << "UTF-8";
    QTest::newRow("escaped lone surrogate") << QByteArray("a\\ud800z") << "surrogate";
    QTest::newRow("bad escape") << QByteArray("a\\qz") << "";
    QTest::newRow("above U+10FFFF") << QByteArray("a\xf4\x90\x80\x80z") << "UTF-8";
}

void tst_HostileProject::badBytesInStrings()
{
    QFETCH(QByteArray, title);
    QFETCH(QString, expected);
    const QByteArray file = "{\"schema\": 1, \"title\": \"" + title + "\"}";
    const Result<LoadedProject> parsed = ProjectFile::parse(file, QStringLiteral("evil.shotbrief"));
    QVERIFY2(!parsed.hasValue(), "bad bytes were accepted");
    const QString message = errorText(parsed);
    // Every refusal says where: file:line:column.
    QVERIFY2(message.startsWith(QLatin1String("evil.shotbrief:1:")), qPrintable(message));
    QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
    // And the message itself carries no raw control characters to a terminal.
    for (const QChar c : message)
        QVERIFY2(c.unicode() >= 0x20 || c == QLatin1Char('\n'), qPrintable(message));
}

void tst_HostileProject::escapedControlCharactersInTextAreKept()
{
    // FORMAT.md's decision: escaped control characters in text are valid JSON and are kept
    // (a round trip must not change the file). Printing them safely is the output's job.
    const QByteArray file = R"({"schema": 1, "title": "a\u001b[2J\u0007z"})";
    const Result<LoadedProject> parsed = ProjectFile::parse(file, QStringLiteral("x.shotbrief"));
    QVERIFY2(parsed.hasValue(), qPrintable(errorText(parsed)));
    QCOMPARE(parsed->project.title, QStringLiteral("a\u001b[2J\u0007z"));
    QVERIFY(ProjectFile::serialize(parsed->project).contains(R"("a\u001b[2J\u0007z")"));
}

void tst_HostileProject::imageBombsAreNeverDecoded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QSize>("headerSize"); // what the header claims; invalid: unreadable
    QTest::newRow("PNG 100000x100000") << pngBomb(100000, 100000) << QSize(100000, 100000);
    QTest::newRow("PNG 2^31-1 square") << pngBomb(0x7fffffff, 0x7fffffff) << QSize();
    QTest::newRow("PNG 50000x1") << pngBomb(50000, 1) << QSize(50000, 1);
    QTest::newRow("text named .png") << QByteArray("this is not an image\n") << QSize();
    QTest::newRow("truncated PNG signature") << QByteArray("\x89PNG\r\n", 6) << QSize();
    QTest::newRow("empty file") << QByteArray() << QSize();
}

void tst_HostileProject::imageBombsAreNeverDecoded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, headerSize);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ref.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    QElapsedTimer timer;
    timer.start();
    // Reading the size is header-only.
    QImageReader sizer(path);
    const QSize size = sizer.size();
    if (headerSize.isValid())
        QCOMPARE(size, headerSize);
    else
        QVERIFY2(!size.isValid() || size.width() > 30000, "a size was made up");
    // Decoding is refused by the allocation limit (Qt 6 default 128 MB; what every reader in
    // the app relies on) or fails on the bytes: never a 40 GB allocation.
    QImageReader reader(path);
    QVERIFY2(reader.allocationLimit() > 0 && reader.allocationLimit() <= 256,
             "the allocation limit was switched off");
    const QImage image = reader.read();
    if (size.isValid() && qint64(size.width()) * size.height() * 4 > 256ll * 1024 * 1024)
        QVERIFY2(image.isNull(), "a bomb was decoded");
    if (image.isNull())
        QVERIFY2(!reader.errorString().isEmpty(), "no message for an unreadable image");

#ifdef SHOTBRIEF_HAVE_EXPORT
    // The exporters' picture loader (storyboard PDF, HTML) survives it.
    ExportShot shot;
    shot.picturePath = path;
    const QImage picture = loadShotPicture(shot, QSize(640, 360));
    QVERIFY(picture.isNull() || picture.width() <= 640);
#endif
#ifdef SHOTBRIEF_HAVE_EMULATOR
    // The emulator's header probe of an uploaded input_reference gives the claimed size at
    // most, without decoding; a made-up size never passes for the wanted 1280x720.
    const ImageProbe probe = ImageProbe::probe(bytes);
    QVERIFY(probe.size != QSize(1280, 720));
#endif
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_HostileProject)
#include "tst_hostileproject.moc"
