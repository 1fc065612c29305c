// SPDX-License-Identifier: MIT
#include "conformfixture.h"

#include "io/projectfile.h"
#include "testproject.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamWriter>

namespace ShotBrief::ConformTest {

namespace {

void writeElement(QXmlStreamWriter &xml, const XmlElement &element)
{
    xml.writeStartElement(element.name);
    for (const auto &[key, value] : element.attributes)
        xml.writeAttribute(key, value);
    if (!element.text.isEmpty())
        xml.writeCharacters(element.text);
    for (const XmlElement &child : element.children)
        writeElement(xml, child);
    xml.writeEndElement();
}

} // namespace

bool Fixture::make(QString *error)
{
    if (!dir.isValid()) {
        *error = dir.errorString();
        return false;
    }
    projectPath = dir.filePath(QStringLiteral("Test.shotbrief"));
    const QString clips = ProjectFile::mediaFolderFor(projectPath) + QStringLiteral("/clips");
    QDir().mkpath(clips);
    project = Project();
    project.title = QStringLiteral("Conform test 夜市");
    const int durations[] = {4, 8, 4, 4, 8};
    for (int i = 0; i < 5; ++i) {
        Shot shot;
        shot.id = QStringLiteral("shot-%1").arg(i + 1);
        shot.label = QStringLiteral("%1A").arg(i + 1);
        shot.sceneProse = QStringLiteral("Shot %1 of the night market").arg(i + 1);
        shot.durationSeconds = durations[i];
        if (i != 3) {
            for (const char *variant : {"a", "b"}) {
                Take take;
                take.id = QStringLiteral("take-%1-%2").arg(i + 1).arg(QLatin1String(variant));
                take.status = TakeStatus::Ready;
                take.progress = 100;
                take.seconds = shot.durationSeconds;
                take.clipPath = QStringLiteral("clips/%1.mp4").arg(take.id);
                const QString source =
                    QStringLiteral("testsrc=size=160x90:rate=24:duration=%1").arg(take.seconds);
                QByteArray log;
                if (TestProject::run(QStringLiteral("ffmpeg"),
                                     {QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"),
                                      QStringLiteral("error"), QStringLiteral("-y"),
                                      QStringLiteral("-f"), QStringLiteral("lavfi"),
                                      QStringLiteral("-i"), source, QStringLiteral("-pix_fmt"),
                                      QStringLiteral("yuv420p"), clipOf(take.id)},
                                     &log) != 0) {
                    *error = QStringLiteral("ffmpeg: ") + QString::fromUtf8(log);
                    return false;
                }
                shot.takes.append(take);
            }
            shot.circledTakeId = shot.takes.first().id;
        }
        project.shots.append(shot);
    }
    const Result<void> saved = ProjectFile::save(project, projectPath);
    if (!saved) {
        *error = saved.error().toString();
        return false;
    }
    return true;
}

QString Fixture::clipOf(const QString &takeId) const
{
    return ProjectFile::mediaFolderFor(projectPath) + QStringLiteral("/clips/%1.mp4").arg(takeId);
}

QStringList shotOrder(const Project &project)
{
    QStringList ids;
    for (const Shot &shot : project.shots)
        ids.append(shot.id);
    return ids;
}

QByteArray writeXml(const XmlElement &root)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    writeElement(xml, root);
    xml.writeEndDocument();
    return bytes;
}

XmlElement *findElement(XmlElement &element, const QString &name)
{
    for (XmlElement &child : element.children) {
        if (child.name == name)
            return &child;
        if (XmlElement *found = findElement(child, name))
            return found;
    }
    return nullptr;
}

} // namespace ShotBrief::ConformTest
