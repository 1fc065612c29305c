// SPDX-License-Identifier: MIT
// Desktop integration metadata and the install layout. The validators' verdicts are printed
// (qInfo) so that a run shows them.

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString AppId = QStringLiteral("org.shotbrief.ShotBrief");
const QString MimeType = QStringLiteral("application/x-shotbrief");

QString linuxFile(const QString &suffix)
{
    return QStringLiteral(SHOTBRIEF_SOURCE_DIR "/resources/linux/") + AppId + suffix;
}

struct Run
{
    int exitCode = -1;
    QString output;
    bool started = false;
};

Run run(const QString &program, const QStringList &arguments)
{
    Run result;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    result.started = process.waitForStarted(10000);
    if (!result.started || !process.waitForFinished(60000))
        return result;
    result.output = QString::fromUtf8(process.readAll()).trimmed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

// [Desktop Entry] keys; QSettings' INI reader would mangle the ";" lists.
QHash<QString, QString> desktopEntry()
{
    QHash<QString, QString> keys;
    QFile file(linuxFile(QStringLiteral(".desktop")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0 && !line.startsWith(u'#'))
            keys.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return keys;
}

// The text of the first element called `name`.
QString firstText(const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == name)
            return xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return {};
}

// The attributes (and texts) of every element called `name`.
QList<QXmlStreamAttributes> elements(const QString &path, const QString &name,
                                     QStringList *texts = nullptr)
{
    QList<QXmlStreamAttributes> found;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return found;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == name) {
            found << xml.attributes();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (texts)
                *texts << text.trimmed();
        }
    }
    return found;
}

} // namespace

class TestPackaging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validators_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("desktop-file-validate")
            << u"desktop-file-validate"_qs << QStringList{linuxFile(u".desktop"_qs)};
        QTest::newRow("appstreamcli validate")
            << u"appstreamcli"_qs
            << QStringList{u"validate"_qs, u"--no-net"_qs, u"--no-color"_qs,
                           linuxFile(u".metainfo.xml"_qs)};
    }
    void validators()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        const QString path = QStandardPaths::findExecutable(program);
        QVERIFY2(!path.isEmpty(),
                 qPrintable(program + u" is missing: make deps installs desktop-file-utils and "
                                      u"appstream"_qs));
        const Run result = run(path, arguments);
        qInfo("%s: exit %d%s%s", qPrintable(program), result.exitCode,
              result.output.isEmpty() ? "" : "\n", qPrintable(result.output));
        QVERIFY2(result.started && result.exitCode == 0, qPrintable(result.output));
    }

    // The MIME type compiles into a database and claims *.shotbrief.
    void mimeDatabase()
    {
        const QString tool = QStandardPaths::findExecutable(u"update-mime-database"_qs);
        QVERIFY2(!tool.isEmpty(), "update-mime-database (shared-mime-info) is missing");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"packages"_qs));
        QVERIFY(QFile::copy(linuxFile(u".mime.xml"_qs),
                            dir.filePath(u"packages/"_qs + AppId + u".xml"_qs)));
        const Run result = run(tool, {dir.path()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QFile globs(dir.filePath(u"globs2"_qs));
        QVERIFY(globs.open(QIODevice::ReadOnly));
        QVERIFY2(globs.readAll().contains((MimeType + u":*.shotbrief"_qs).toUtf8()),
                 "globs2 does not map *.shotbrief");
        QVERIFY(QFile::exists(dir.filePath(u"application/x-shotbrief.xml"_qs)));
    }

    // The .desktop entry opens the files the MIME type names, with the icon that is installed.
    void desktopEntryConsistent()
    {
        const QHash<QString, QString> entry = desktopEntry();
        QVERIFY2(!entry.isEmpty(), "cannot read the .desktop file");
        QVERIFY2(entry.value(u"Exec"_qs).startsWith(u"shotbrief "_qs) &&
                     entry.value(u"Exec"_qs).contains(u"%f"_qs),
                 qPrintable(entry.value(u"Exec"_qs)));
        QCOMPARE(entry.value(u"Icon"_qs), AppId);
        QVERIFY2(entry.value(u"MimeType"_qs).split(u';').contains(MimeType),
                 qPrintable(entry.value(u"MimeType"_qs)));
        const QList<QXmlStreamAttributes> types =
            elements(linuxFile(u".mime.xml"_qs), u"mime-type"_qs);
        QCOMPARE(types.size(), 1);
        QCOMPARE(types.first().value(u"type"_qs).toString(), MimeType);
        const QList<QXmlStreamAttributes> icons = elements(linuxFile(u".mime.xml"_qs), u"icon"_qs);
        QVERIFY(!icons.isEmpty());
        QCOMPARE(icons.first().value(u"name"_qs).toString(), AppId);
        for (const QString &language : {u"zh_CN"_qs, u"ja"_qs}) {
            QVERIFY2(entry.contains(u"Comment["_qs + language + u']'),
                     qPrintable(u"no Comment for "_qs + language));
            QVERIFY2(entry.contains(u"Keywords["_qs + language + u']'),
                     qPrintable(u"no Keywords for "_qs + language));
        }
    }

    void metainfoConsistent()
    {
        const QString metainfo = linuxFile(u".metainfo.xml"_qs);
        QCOMPARE(firstText(metainfo, u"id"_qs), AppId);
        QCOMPARE(firstText(metainfo, u"launchable"_qs), AppId + u".desktop"_qs);
        QStringList mediatypes;
        elements(metainfo, u"mediatype"_qs, &mediatypes);
        QVERIFY2(mediatypes.contains(MimeType), qPrintable(mediatypes.join(u", ")));
        // The newest release (listed first) is the version being built.
        const QList<QXmlStreamAttributes> releases = elements(metainfo, u"release"_qs);
        QVERIFY2(!releases.isEmpty(), "no release notes");
        QCOMPARE(releases.first().value(u"version"_qs).toString(),
                 QStringLiteral(SHOTBRIEF_VERSION));
        QDate previous;
        for (const QXmlStreamAttributes &release : releases) {
            const QDate date = QDate::fromString(release.value(u"date"_qs).toString(), Qt::ISODate);
            QVERIFY2(date.isValid(), "a release without a date");
            QVERIFY2(previous.isNull() || date <= previous, "releases are not newest first");
            previous = date;
        }
    }

    // Every screenshot the metainfo names is in docs/ at the size it states.
    void screenshotsExist()
    {
        QStringList urls;
        const QList<QXmlStreamAttributes> images =
            elements(linuxFile(u".metainfo.xml"_qs), u"image"_qs, &urls);
        QVERIFY2(images.size() >= 2, "fewer than two screenshots");
        for (qsizetype i = 0; i < images.size(); ++i) {
            QVERIFY2(urls[i].startsWith(u"https://"_qs), qPrintable(urls[i]));
            const QString local =
                QStringLiteral(SHOTBRIEF_SOURCE_DIR "/docs/") + urls[i].section(u'/', -1);
            QImageReader reader(local);
            QVERIFY2(reader.canRead(), qPrintable(local + u": "_qs + reader.errorString()));
            const QSize size = reader.size();
            QCOMPARE(size.width(), images[i].value(u"width"_qs).toInt());
            QCOMPARE(size.height(), images[i].value(u"height"_qs).toInt());
        }
    }

    void icons_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 32, 48, 64, 128, 256})
            QTest::addRow("%dx%d", size, size) << size;
    }
    void icons()
    {
        QFETCH(int, size);
        const QString path =
            QStringLiteral(SHOTBRIEF_SOURCE_DIR "/resources/icons/hicolor/%1x%1/apps/shotbrief.png")
                .arg(size);
        QImageReader reader(path);
        QVERIFY2(reader.canRead(), qPrintable(path));
        QCOMPARE(reader.size(), QSize(size, size));
        QVERIFY(
            QFile::exists(QStringLiteral(SHOTBRIEF_SOURCE_DIR "/resources/icons/shotbrief.svg")));
    }

    // What the program loads at run time rather than links is declared by hand.
    void packageDependencies()
    {
        QFile file(QStringLiteral(SHOTBRIEF_SOURCE_DIR "/cmake/packaging.cmake"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(u"CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON"_qs), "shlibdeps off");
        const QRegularExpression depends(u"CPACK_DEBIAN_PACKAGE_DEPENDS\\s*\"([^\"]*)\""_qs);
        const QRegularExpressionMatch match = depends.match(text);
        QVERIFY2(match.hasMatch(), "no CPACK_DEBIAN_PACKAGE_DEPENDS");
        QStringList declared;
        for (QString item : match.captured(1).split(u',')) {
            item.remove(u'\\');
            declared << item.simplified().section(u' ', 0, 0);
        }
        for (const QString &needed :
             {u"ffmpeg"_qs, u"gstreamer1.0-plugins-good"_qs, u"gstreamer1.0-plugins-bad"_qs,
              u"gstreamer1.0-libav"_qs, u"qt6-qpa-plugins"_qs, u"qt6-image-formats-plugins"_qs,
              u"fonts-noto-cjk"_qs, u"qt6-translations-l10n"_qs}) {
            QVERIFY2(declared.contains(needed),
                     qPrintable(needed + u" missing from: "_qs + declared.join(u", ")));
        }
    }

    // `cmake --install` of this build tree puts every file where the desktop expects it.
    void installLayout()
    {
        const QStringList expected =
            QStringLiteral(SHOTBRIEF_INSTALLED_FILES).split(u'|', Qt::SkipEmptyParts);
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const Run result = run(
            QStringLiteral(SHOTBRIEF_CMAKE_COMMAND),
            {u"--install"_qs, QStringLiteral(SHOTBRIEF_BINARY_DIR), u"--prefix"_qs, prefix.path()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output.right(700)));
        for (const QString &file : expected)
            QVERIFY2(QFile::exists(prefix.filePath(file)), qPrintable(file + u" not installed"_qs));
        QVERIFY2(!QDir(prefix.filePath(u"include"_qs)).exists(), "headers installed");
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
