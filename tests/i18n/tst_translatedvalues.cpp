// SPDX-License-Identifier: MIT
// Values a person reads are translated through one name each: a take's status reads the
// same in the Takes panel as on the timeline (就绪, not "ready"), and a field is named in
// words in the Chinese and Japanese undo texts and lint findings, never by its file key.

#include "translations/languagesupport.h"
#include "ui/boardcanvas.h"
#include "ui/takespanel.h"

#include "document/projectdocument.h"
#include "export/exportdata.h"
#include "export/markdownexport.h"
#include "prompt/linter.h"

#include <QMouseEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ShotBrief;

class tst_TranslatedValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void takeStatusIsOneTranslatedName_data();
    void takeStatusIsOneTranslatedName();
    void fieldsAreNamedInTheLanguage_data();
    void fieldsAreNamedInTheLanguage();
    void cameraTermsAreTranslatedWhereReadButNotInThePrompt();
    void arrowUndoTextNamesTheMoveInTheLanguage();
};

void tst_TranslatedValues::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShotBriefTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translatedvalues"));
    QSettings().clear();
}

void tst_TranslatedValues::cleanupTestCase()
{
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

void tst_TranslatedValues::takeStatusIsOneTranslatedName_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("ready");
    QTest::addColumn<QString>("rendering");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QString::fromUtf8("就绪")
                           << QString::fromUtf8("渲染中");
    QTest::newRow("ja") << QStringLiteral("ja") << QString::fromUtf8("完了")
                        << QString::fromUtf8("レンダリング中");
}

void tst_TranslatedValues::takeStatusIsOneTranslatedName()
{
    QFETCH(QString, language);
    QFETCH(QString, ready);
    QFETCH(QString, rendering);
    QVERIFY(installTranslations(*QCoreApplication::instance(), language));
    QCOMPARE(takeStatusName(TakeStatus::Ready), ready);
    QCOMPARE(takeStatusName(TakeStatus::InProgress), rendering);

    Project project;
    Shot shot;
    shot.id = QStringLiteral("s1");
    shot.label = QStringLiteral("1");
    Take done;
    done.id = QStringLiteral("t1");
    done.status = TakeStatus::Ready;
    Take running;
    running.id = QStringLiteral("t2");
    running.status = TakeStatus::InProgress;
    shot.takes = {done, running};
    project.shots.append(shot);
    ProjectDocument document;
    document.resetProject(project);
    TakesPanel panel(&document);
    panel.setShotId(QStringLiteral("s1"));
    QTreeWidget *takes = panel.takesView();
    QCOMPARE(takes->topLevelItemCount(), 2);
    QCOMPARE(takes->topLevelItem(0)->text(1), ready);
    QCOMPARE(takes->topLevelItem(1)->text(1), rendering);
}

void tst_TranslatedValues::fieldsAreNamedInTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("undoText");
    QTest::addColumn<QString>("lintField");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QString::fromUtf8("编辑镜头 3的场景描述")
                           << QString::fromUtf8("动作节拍 2");
    QTest::newRow("ja") << QStringLiteral("ja") << QString::fromUtf8("ショット 3のシーン描写を編集")
                        << QString::fromUtf8("アクションビート 2");
}

void tst_TranslatedValues::fieldsAreNamedInTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, undoText);
    QFETCH(QString, lintField);
    QVERIFY(installTranslations(*QCoreApplication::instance(), language));
    Project project;
    Shot shot;
    shot.id = QStringLiteral("s1");
    shot.label = QStringLiteral("3");
    project.shots.append(shot);
    ProjectDocument document;
    document.resetProject(project);
    shot.sceneProse = QStringLiteral("Rain.");
    document.editShot(shot.id, shot, ShotField::SceneProse);
    QCOMPARE(document.undoStack()->undoText(), undoText);
    QCOMPARE(lintFieldName(QStringLiteral("action_beats[1]")), lintField);
}

void tst_TranslatedValues::cameraTermsAreTranslatedWhereReadButNotInThePrompt()
{
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    const FramingTerm wide(Framing::ExtremeWide);
    QCOMPARE(wide.displayName(), QString::fromUtf8("大远景"));
    QCOMPARE(wide.phrase(), QStringLiteral("extreme wide shot")); // the model reads English
    QCOMPARE(FramingTerm::fromText(QStringLiteral("knee-level")).displayName(),
             QStringLiteral("knee-level"));

    // A Chinese prompt sheet names the framing in Chinese.
    Project project;
    Shot shot;
    shot.id = QStringLiteral("s1");
    shot.label = QStringLiteral("1");
    shot.framing = wide;
    project.shots.append(shot);
    const QString markdown = QString::fromUtf8(exportMarkdown(
        collectExportData(project, QString(), ExportOptions{}, PriceTable::builtIn())));
    QVERIFY2(markdown.contains(QString::fromUtf8("大远景")), qPrintable(markdown));
}

void tst_TranslatedValues::arrowUndoTextNamesTheMoveInTheLanguage()
{
    // "添加横摇箭头", the move named as the board's arrow names it (横摇), not "添加PAN箭头".
    QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    Project project;
    Shot shot;
    shot.id = QStringLiteral("s1");
    shot.label = QStringLiteral("1");
    shot.size = QStringLiteral("1280x720");
    project.shots.append(shot);
    ProjectDocument document;
    document.resetProject(project);
    BoardCanvas canvas(&document);
    canvas.resize(800, 450);
    canvas.setShotId(QStringLiteral("s1"));
    canvas.setTool(BoardCanvas::Tool::Arrow);
    canvas.setArrowMove(CameraMoveArrow::Pan);
    const QTransform t = canvas.boardTransform();
    const QPointF from = t.map(QPointF(300, 500));
    const QPointF to = t.map(QPointF(900, 500));
    QMouseEvent press(QEvent::MouseButtonPress, from, canvas.mapToGlobal(from), Qt::LeftButton,
                      Qt::LeftButton, {});
    QMouseEvent move(QEvent::MouseMove, to, canvas.mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     {});
    QMouseEvent release(QEvent::MouseButtonRelease, to, canvas.mapToGlobal(to), Qt::LeftButton,
                        Qt::NoButton, {});
    for (QMouseEvent *event : {&press, &move, &release})
        QCoreApplication::sendEvent(&canvas, event);
    QCOMPARE(document.project().shots.first().board.arrows.size(), 1);
    QCOMPARE(document.undoStack()->undoText(), QString::fromUtf8("添加横摇箭头"));
}

QTEST_MAIN(tst_TranslatedValues)
#include "tst_translatedvalues.moc"
