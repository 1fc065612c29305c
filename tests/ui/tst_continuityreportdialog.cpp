// SPDX-License-Identifier: MIT
#include "ui/continuityreportdialog.h"

#include "../core/continuity/colorclip.h"

#include "document/projectdocument.h"
#include "io/projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_ContinuityReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresInTheBackgroundAndListsWorstFirst();
    void unsavedProjectSaysWhatToDo();
};

namespace {

bool makeClip(const QString &path, const QString &from, const QString &to)
{
    return makeColorClip(path, {from, to});
}

} // namespace

void tst_ContinuityReportDialog::measuresInTheBackgroundAndListsWorstFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Report.shotbrief"));
    const QString media = ProjectFile::mediaFolderFor(path);
    // 1 ends blue and 2 begins blue (continuous); 3 begins yellow (a jump).
    QVERIFY(makeClip(media + QStringLiteral("/clips/a.mp4"), QStringLiteral("red"),
                     QStringLiteral("blue")));
    QVERIFY(makeClip(media + QStringLiteral("/clips/b.mp4"), QStringLiteral("blue"),
                     QStringLiteral("green")));
    QVERIFY(makeClip(media + QStringLiteral("/clips/c.mp4"), QStringLiteral("yellow"),
                     QStringLiteral("red")));
    Project project;
    for (const char *name : {"a", "b", "c"}) {
        Take take;
        take.id = QStringLiteral("take-") + QLatin1String(name);
        take.status = TakeStatus::Ready;
        take.clipPath = QStringLiteral("clips/%1.mp4").arg(QLatin1String(name));
        Shot shot;
        shot.id = QStringLiteral("shot-") + QLatin1String(name);
        shot.label = QString::fromLatin1(name).toUpper();
        shot.palette = {{QStringLiteral("red"), QStringLiteral("#ff0000")}};
        shot.takes = {take};
        shot.circledTakeId = take.id;
        project.shots.append(shot);
    }
    ProjectDocument document;
    document.resetProject(project);
    QVERIFY(document.saveAs(path));
    ContinuityReportDialog dialog(&document);
    QSignalSpy measured(&dialog, &ContinuityReportDialog::measured);
    dialog.show();
    QVERIFY(dialog.isMeasuring());
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("3")));
    QVERIFY(measured.wait(60000));
    QVERIFY(!dialog.isMeasuring());
    QTableWidget *cuts = dialog.cutsTable();
    QCOMPARE(cuts->rowCount(), 2);
    // Worst first: B > C jumps, A > B is continuous.
    QCOMPARE(cuts->item(0, 0)->text(), QStringLiteral("B"));
    QCOMPARE(cuts->item(0, 3)->text(), QStringLiteral("jump"));
    QCOMPARE(cuts->item(1, 3)->text(), QStringLiteral("continuous"));
    QVERIFY(cuts->item(1, 2)->data(Qt::UserRole + 1).toDouble() < 4);
    QCOMPARE(dialog.clipsTable()->rowCount(), 3);
    QVERIFY(!dialog.clipsTable()->item(0, 2)->icon().isNull()); // the colour swatches
    // The swatch strip shows at its size, and the cuts table fills its width (no blank band).
    const QHeaderView *header = cuts->horizontalHeader();
    QTRY_COMPARE(header->sectionPosition(3) + header->sectionSize(3), header->viewport()->width());
    QCOMPARE(dialog.clipsTable()->iconSize(), QSize(64, 14));
    // A row opens its shot (the incoming shot of a cut).
    QSignalSpy opened(&dialog, &ContinuityReportDialog::shotActivated);
    Q_EMIT cuts->itemActivated(cuts->item(0, 1));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), QStringLiteral("shot-c"));
}

void tst_ContinuityReportDialog::unsavedProjectSaysWhatToDo()
{
    ProjectDocument document;
    ContinuityReportDialog dialog(&document);
    QVERIFY(!dialog.isMeasuring());
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Save the project")));
}

QTEST_MAIN(tst_ContinuityReportDialog)
#include "tst_continuityreportdialog.moc"
