// SPDX-License-Identifier: MIT
#include "ui/paletteeditor.h"
#include "ui/shotinspector.h"

#include "document/projectdocument.h"
#include "io/projectfile.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ShotBrief;

class tst_ShotInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheShot();
    void typingIsOneUndoStep();
    void framingPresetsAndFreeText_data();
    void framingPresetsAndFreeText();
    void durationChoicesFollowCapabilities();
    void modelAndSizeChoicesFollowTheModel();
    void castChecklistEditsCastIds();
    void beatsEditAndReorder();
    void dialogueEdits();
    void undoUpdatesTheEditors();
    void focusFieldFindsEditors_data();
    void focusFieldFindsEditors();
    void readOnlyDisablesEditing();
    void referenceImageFits_data();
    void referenceImageFits();
    void chainIsAnUndoableEdit();
    void picturesAreStoredAndChecked();
    void badPicturesAreRefusedInPlace();

private:
    ProjectDocument *m_document = nullptr;
    ShotInspector *m_inspector = nullptr;
};

void tst_ShotInspector::init()
{
    Project project;
    project.cast = {
        {QStringLiteral("c1"), QStringLiteral("Mei"), QStringLiteral("a woman"), {}, {}},
        {QStringLiteral("c2"), QStringLiteral("Chen"), QStringLiteral("an old man"), {}, {}}};
    Shot shot;
    shot.id = QStringLiteral("s1");
    shot.label = QStringLiteral("1");
    shot.sceneProse = QStringLiteral("Rain");
    shot.durationSeconds = 8;
    shot.actionBeats = {QStringLiteral("one"), QStringLiteral("two")};
    shot.castIds = {QStringLiteral("c1")};
    project.shots.append(shot);
    m_document = new ProjectDocument;
    m_document->resetProject(project);
    m_inspector = new ShotInspector(m_document);
    m_inspector->resize(420, 900);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector));
    m_inspector->setShotId(QStringLiteral("s1"));
}

void tst_ShotInspector::cleanup()
{
    delete m_inspector;
    delete m_document;
}

void tst_ShotInspector::showsTheShot()
{
    QCOMPARE(m_inspector->labelEdit()->text(), QStringLiteral("1"));
    QCOMPARE(m_inspector->sceneProseEdit()->toPlainText(), QStringLiteral("Rain"));
    QCOMPARE(m_inspector->durationCombo()->currentData().toInt(), 8);
    QCOMPARE(m_inspector->beatsList()->count(), 2);
}

void tst_ShotInspector::typingIsOneUndoStep()
{
    QPlainTextEdit *prose = m_inspector->sceneProseEdit();
    prose->setFocus();
    prose->moveCursor(QTextCursor::End);
    QTest::keyClicks(prose, QStringLiteral(" on neon"));
    QCOMPARE(m_document->project().shots.at(0).sceneProse, QStringLiteral("Rain on neon"));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QTest::keyClicks(m_inspector->labelEdit(), QStringLiteral("A"));
    QCOMPARE(m_document->project().shots.at(0).label, QStringLiteral("1A"));
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void tst_ShotInspector::framingPresetsAndFreeText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("key");
    QTest::newRow("phrase") << QStringLiteral("close-up") << int(Framing::CloseUp)
                            << QStringLiteral("close_up");
    QTest::newRow("alias") << QStringLiteral("ECU") << int(Framing::ExtremeCloseUp)
                           << QStringLiteral("extreme_close_up");
    QTest::newRow("free-text") << QStringLiteral("knee-level two-shot") << int(Framing::Custom)
                               << QStringLiteral("knee-level two-shot");
}

void tst_ShotInspector::framingPresetsAndFreeText()
{
    QFETCH(QString, typed);
    QFETCH(int, preset);
    QFETCH(QString, key);
    QComboBox *framing = m_inspector->framingCombo();
    framing->setFocus();
    framing->lineEdit()->selectAll();
    QTest::keyClicks(framing->lineEdit(), typed);
    const FramingTerm term = m_document->project().shots.at(0).framing;
    QCOMPARE(int(term.preset), preset);
    QCOMPARE(term.key(), key);
}

void tst_ShotInspector::durationChoicesFollowCapabilities()
{
    QComboBox *duration = m_inspector->durationCombo();
    QCOMPARE(duration->count(), 3);
    ProviderCapabilities capabilities = ProviderCapabilities::openAiVideos();
    capabilities.models[0].durations = {4, 6, 8, 10};
    m_inspector->setCapabilities(capabilities);
    QCOMPARE(duration->count(), 4);
    duration->setCurrentIndex(duration->findData(10));
    Q_EMIT duration->activated(duration->currentIndex());
    QCOMPARE(m_document->project().shots.at(0).durationSeconds, 10);
}

void tst_ShotInspector::modelAndSizeChoicesFollowTheModel()
{
    ProviderCapabilities capabilities;
    ModelCapability wide;
    wide.id = QStringLiteral("wide");
    wide.durations = {5, 10};
    wide.sizes = {QStringLiteral("1584x672")};
    ModelCapability square = wide;
    square.id = QStringLiteral("square");
    square.durations = {2, 3};
    square.sizes = {QStringLiteral("960x960")};
    square.pricingNote = QStringLiteral("per-video-second: $0.04; per-video-second-1080p: $0.06");
    capabilities.models = {wide, square};
    m_inspector->setCapabilities(capabilities);
    const auto data = [](QComboBox *combo) {
        QStringList values;
        for (int i = 0; i < combo->count(); ++i)
            values << combo->itemData(i).toString();
        return values;
    };
    // The shot uses the project default sora-2, which this provider does not offer: the
    // lengths of its first model are shown, with the shot's own length kept visible.
    QCOMPARE(data(m_inspector->modelCombo()), (QStringList{QString(), "wide", "square"}));
    // A catalog's price list is the model's tooltip; a typed model has none.
    QVERIFY(m_inspector->modelCombo()->itemData(1, Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(m_inspector->modelCombo()
                ->itemData(2, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("per-video-second-1080p: $0.06")));

    // Choosing a model offers only its lengths and sizes.
    QComboBox *model = m_inspector->modelCombo();
    model->setCurrentIndex(model->findData(QStringLiteral("square")));
    Q_EMIT model->activated(model->currentIndex());
    QCOMPARE(m_document->project().shots.at(0).model, QStringLiteral("square"));
    QCOMPARE(data(m_inspector->durationCombo()), (QStringList{"2", "3", "8"}));
    QCOMPARE(data(m_inspector->sizeCombo()), (QStringList{QString(), "960x960"}));

    // A model the provider does not offer is shown as such, not as the project default.
    Shot shot = m_document->project().shots.at(0);
    shot.model = QStringLiteral("sora-2-pro");
    m_document->editShot(shot.id, shot, ShotField::Model, false);
    QCOMPARE(model->currentData().toString(), QStringLiteral("sora-2-pro"));
    QVERIFY2(model->currentText().contains(QStringLiteral("not offered")),
             qPrintable(model->currentText()));
    QCOMPARE(model->count(), 4);
    // ...and leaves the list again once the shot uses an offered model.
    shot.model = QStringLiteral("wide");
    m_document->editShot(shot.id, shot, ShotField::Model, false);
    QCOMPARE(data(model), (QStringList{QString(), "wide", "square"}));
    QCOMPARE(model->currentData().toString(), QStringLiteral("wide"));
}

void tst_ShotInspector::castChecklistEditsCastIds()
{
    QListWidget *cast = m_inspector->castList();
    QCOMPARE(cast->count(), 2);
    QCOMPARE(cast->item(0)->checkState(), Qt::Checked);
    cast->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(m_document->project().shots.at(0).castIds,
             (QStringList{QStringLiteral("c1"), QStringLiteral("c2")}));
    cast->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(m_document->project().shots.at(0).castIds, QStringList{QStringLiteral("c2")});
}

void tst_ShotInspector::beatsEditAndReorder()
{
    QListWidget *beats = m_inspector->beatsList();
    beats->item(1)->setText(QStringLiteral("two, slowly"));
    QCOMPARE(m_document->project().shots.at(0).actionBeats.at(1), QStringLiteral("two, slowly"));
    beats->setCurrentRow(1);
    // The "Up" tool button sits right after the list: find it by its tooltip.
    const auto buttons = m_inspector->findChildren<QAbstractButton *>();
    QAbstractButton *up = nullptr;
    for (QAbstractButton *button : buttons) {
        if (button->toolTip() == QStringLiteral("Move up"))
            up = button;
    }
    QVERIFY2(up, "no Move up button");
    up->click();
    QCOMPARE(m_document->project().shots.at(0).actionBeats,
             (QStringList{QStringLiteral("two, slowly"), QStringLiteral("one")}));
    QCOMPARE(beats->item(0)->text(), QStringLiteral("two, slowly"));
}

void tst_ShotInspector::dialogueEdits()
{
    Shot shot = m_document->project().shots.at(0);
    shot.dialogue = {{QStringLiteral("Mei"), QStringLiteral("Open?")}};
    m_document->editShot(shot.id, shot, ShotField::Dialogue, false);
    QTableWidget *table = m_inspector->dialogueTable();
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 1)->setText(QStringLiteral("Still open?"));
    QCOMPARE(m_document->project().shots.at(0).dialogue.at(0).line, QStringLiteral("Still open?"));
    QCOMPARE(m_document->project().shots.at(0).dialogue.at(0).speaker, QStringLiteral("Mei"));
}

void tst_ShotInspector::undoUpdatesTheEditors()
{
    QTest::keyClicks(m_inspector->labelEdit(), QStringLiteral("B"));
    QCOMPARE(m_inspector->labelEdit()->text(), QStringLiteral("1B"));
    m_document->undoStack()->undo();
    QCOMPARE(m_inspector->labelEdit()->text(), QStringLiteral("1"));
    Palette palette{{QStringLiteral("teal"), QStringLiteral("#008080")}};
    m_document->setShotPalette(QStringLiteral("s1"), palette);
    QCOMPARE(m_inspector->paletteEditor()->palette(), palette);
    m_document->undoStack()->undo();
    QVERIFY(m_inspector->paletteEditor()->palette().isEmpty());
}

void tst_ShotInspector::focusFieldFindsEditors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("editor");
    QTest::newRow("label") << QStringLiteral("label") << QStringLiteral("QLineEdit");
    QTest::newRow("beat") << QStringLiteral("action_beats[1]") << QStringLiteral("QListWidget");
    QTest::newRow("framing") << QStringLiteral("framing") << QStringLiteral("QComboBox");
    QTest::newRow("prose") << QStringLiteral("scene_prose") << QStringLiteral("QPlainTextEdit");
    QTest::newRow("last frame") << QStringLiteral("last_frame") << QStringLiteral("QPushButton");
    QTest::newRow("first frame") << QStringLiteral("reference_image")
                                 << QStringLiteral("QPushButton");
    QTest::newRow("chain") << QStringLiteral("chain_previous") << QStringLiteral("QCheckBox");
}

void tst_ShotInspector::focusFieldFindsEditors()
{
    QFETCH(QString, field);
    QFETCH(QString, editor);
    m_inspector->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_inspector));
    QVERIFY(m_inspector->focusField(field));
    QWidget *focused = QApplication::focusWidget();
    QVERIFY2(focused, "nothing has focus");
    // An editable combo box gives its focus to its line edit.
    QWidget *owner = focused->inherits(editor.toLatin1()) ? focused : focused->parentWidget();
    QVERIFY2(owner && owner->inherits(editor.toLatin1()),
             qPrintable(QStringLiteral("focus on %1")
                            .arg(QString::fromLatin1(focused->metaObject()->className()))));
    if (field == QLatin1String("action_beats[1]"))
        QCOMPARE(m_inspector->beatsList()->currentRow(), 1);
    QVERIFY(!m_inspector->focusField(QStringLiteral("no_such_field")));
}

void tst_ShotInspector::readOnlyDisablesEditing()
{
    m_document->resetProject(m_document->project(), {}, true, QStringLiteral("newer"));
    m_inspector->setShotId(QStringLiteral("s1"));
    QVERIFY(!m_inspector->labelEdit()->isEnabled());
}

void tst_ShotInspector::referenceImageFits_data()
{
    QTest::addColumn<QSize>("source");
    QTest::addColumn<QSize>("target");
    QTest::addColumn<int>("fit");
    QTest::addColumn<bool>("barsExpected");
    QTest::newRow("square-crop-to-landscape")
        << QSize(800, 800) << QSize(1280, 720) << int(ShotInspector::ReferenceFit::Crop) << false;
    QTest::newRow("square-scale-to-landscape")
        << QSize(800, 800) << QSize(1280, 720) << int(ShotInspector::ReferenceFit::Scale) << true;
    QTest::newRow("landscape-crop-to-portrait")
        << QSize(1920, 1080) << QSize(720, 1280) << int(ShotInspector::ReferenceFit::Crop) << false;
}

void tst_ShotInspector::referenceImageFits()
{
    QFETCH(QSize, source);
    QFETCH(QSize, target);
    QFETCH(int, fit);
    QFETCH(bool, barsExpected);
    QImage image(source, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QImage fitted =
        ShotInspector::fitReferenceImage(image, target, ShotInspector::ReferenceFit(fit));
    QCOMPARE(fitted.size(), target);
    // Scaling a square into a landscape frame leaves black bars at the sides.
    const bool bars = qGray(fitted.pixel(1, target.height() / 2)) < 16;
    QCOMPARE(bars, barsExpected);
    QVERIFY(qGray(fitted.pixel(target.width() / 2, target.height() / 2)) > 240);
}

void tst_ShotInspector::chainIsAnUndoableEdit()
{
    QTemporaryDir dir;
    QVERIFY(m_document->saveAs(dir.filePath(QStringLiteral("p.shotbrief"))));
    QCheckBox *chain = m_inspector->chainCheck();
    QVERIFY(!chain->isChecked());
    QVERIFY(m_inspector->firstFramePicker()->chooseButton()->isEnabled());
    const int steps = m_document->undoStack()->count();
    chain->click();
    QVERIFY(m_document->project().shots.at(0).chainPrevious);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    // A chained shot's first frame comes from the previous shot: its picker says so.
    QVERIFY(!m_inspector->firstFramePicker()->chooseButton()->isEnabled());
    QVERIFY2(m_inspector->firstFramePicker()->checkText().contains(QStringLiteral("first shot")),
             qPrintable(m_inspector->firstFramePicker()->checkText()));
    m_document->undoStack()->undo();
    QVERIFY(!m_document->project().shots.at(0).chainPrevious);
    QVERIFY(!chain->isChecked());
}

void tst_ShotInspector::picturesAreStoredAndChecked()
{
    QTemporaryDir dir;
    Project project = m_document->project();
    project.format.size = QStringLiteral("1280x720");
    m_document->resetProject(project);
    QVERIFY(m_document->saveAs(dir.filePath(QStringLiteral("p.shotbrief"))));
    m_inspector->setShotId(QStringLiteral("s1"));
    QImage picture(1280, 720, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    const QString file = dir.filePath(QStringLiteral("quay at dawn.png"));
    QVERIFY(picture.save(file));

    Q_EMIT m_inspector->lastFramePicker()->fileChosen(file);
    const QString last = m_document->project().shots.at(0).lastFrame;
    QCOMPARE(last, QStringLiteral("refs/quay-at-dawn.png"));
    QVERIFY(QFile::exists(ProjectFile::mediaFolderFor(m_document->filePath()) +
                          QStringLiteral("/") + last));
    QVERIFY2(m_inspector->lastFramePicker()->checkText().startsWith(QStringLiteral("✓")),
             qPrintable(m_inspector->lastFramePicker()->checkText()));
    QVERIFY(m_inspector->lastFramePicker()->thumbnail()->pixmap().width() > 0);

    Q_EMIT m_inspector->firstFramePicker()->imagePasted(picture);
    QCOMPARE(m_document->project().shots.at(0).referenceImage,
             QStringLiteral("refs/first-frame.png"));
    QVERIFY(m_inspector->firstFramePicker()->clearButton()->isEnabled());
    m_inspector->lastFramePicker()->clearButton()->click();
    QVERIFY(m_document->project().shots.at(0).lastFrame.isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->project().shots.at(0).lastFrame, last);
}

void tst_ShotInspector::badPicturesAreRefusedInPlace()
{
    QTemporaryDir dir;
    QVERIFY(m_document->saveAs(dir.filePath(QStringLiteral("p.shotbrief"))));
    const QString text = dir.filePath(QStringLiteral("notes.png"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a picture");
    file.close();
    const int steps = m_document->undoStack()->count();
    Q_EMIT m_inspector->lastFramePicker()->fileChosen(text);
    QCOMPARE(m_document->undoStack()->count(), steps); // nothing changed
    QVERIFY(m_document->project().shots.at(0).lastFrame.isEmpty());
    QVERIFY2(m_inspector->lastFramePicker()->checkText().contains(QStringLiteral("notes.png")),
             qPrintable(m_inspector->lastFramePicker()->checkText()));
    // The first shot has no previous shot to take a frame from.
    QVERIFY(!m_inspector->firstFramePicker()->previousButton()->isEnabled());
}

QTEST_MAIN(tst_ShotInspector)
#include "tst_shotinspector.moc"
