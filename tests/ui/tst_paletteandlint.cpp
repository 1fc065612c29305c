// SPDX-License-Identifier: MIT
// Palette and lint text as a person reads them: a full palette says why Add Colour is grey
// (tooltip and status bar); lint findings name fields in words and can be read whole.

#include "ui/paletteeditor.h"
#include "ui/promptpanel.h"

#include "document/projectdocument.h"

#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace ShotBrief;

class tst_PaletteAndLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullPaletteSaysWhy();
    void findingsAreReadWhole();
};

void tst_PaletteAndLint::fullPaletteSaysWhy()
{
    QMainWindow window;
    auto *editor = new PaletteEditor;
    window.setCentralWidget(editor);
    window.statusBar(); // made before it is needed, as the main window does
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    editor->setPalette({{QStringLiteral("teal"), QStringLiteral("#008080")},
                        {QStringLiteral("sand"), QStringLiteral("#c2b280")},
                        {QStringLiteral("rust"), QStringLiteral("#b7410e")},
                        {QStringLiteral("ink"), QStringLiteral("#101820")}});
    QPushButton *add = editor->addButton();
    QVERIFY(add->isEnabled());
    QVERIFY(!add->toolTip().isEmpty());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(editor->palette().size(), PaletteEditor::MaxColors);
    QVERIFY(!add->isEnabled());
    // Grey, and it says why: on the button (tooltip, status tip) and in the status bar.
    QCOMPARE(add->toolTip(), PaletteEditor::fullText());
    QCOMPARE(add->statusTip(), PaletteEditor::fullText());
    QCOMPARE(window.statusBar()->currentMessage(), PaletteEditor::fullText());
    // Removing a colour makes room again.
    editor->setPalette(editor->palette().mid(0, 4));
    QVERIFY(add->isEnabled());
    QVERIFY(add->toolTip() != PaletteEditor::fullText());
}

void tst_PaletteAndLint::findingsAreReadWhole()
{
    Project project;
    Shot shot;
    shot.id = QStringLiteral("s1");
    shot.label = QStringLiteral("1");
    shot.sceneProse = QStringLiteral("Rain on stalls.");
    shot.lensStyle = QStringLiteral("stunning, breathtaking, magical and wonderful glass");
    project.shots.append(shot);
    ProjectDocument document;
    document.resetProject(project);
    PromptPanel panel(&document);
    panel.resize(360, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setShotId(QStringLiteral("s1"));
    QTreeWidget *findings = panel.findingsView();
    QTreeWidgetItem *vague = nullptr;
    for (int i = 0; i < findings->topLevelItemCount(); ++i) {
        if (findings->topLevelItem(i)->text(1) == QStringLiteral("Lens/style"))
            vague = findings->topLevelItem(i);
        // A field is named in words, never by its file key.
        QVERIFY2(!findings->topLevelItem(i)->text(1).contains(QLatin1Char('_')),
                 qPrintable(findings->topLevelItem(i)->text(1)));
    }
    QVERIFY2(vague, "no finding on the lens/style field");
    // The columns may cut it short; the tooltips and the details hold it whole.
    QVERIFY(vague->toolTip(0).contains(vague->text(0)));
    QCOMPARE(vague->toolTip(2), vague->text(2));
    findings->setCurrentItem(vague);
    const QString details = panel.detailsLabel()->text();
    QVERIFY2(details.contains(vague->text(0).toHtmlEscaped()), qPrintable(details));
    QVERIFY2(details.contains(vague->text(2).toHtmlEscaped()), qPrintable(details));
    QVERIFY(panel.detailsLabel()->wordWrap());
    QVERIFY(panel.detailsLabel()->isVisible());
    // Typing re-lints on every key: the finding being read stays current.
    Shot edited = document.project().shots.at(0);
    edited.mood = QStringLiteral("tense");
    document.editShot(edited.id, edited, ShotField::Mood);
    QVERIFY(findings->currentItem());
    QCOMPARE(findings->currentItem()->text(1), QStringLiteral("Lens/style"));
}

QTEST_MAIN(tst_PaletteAndLint)
#include "tst_paletteandlint.moc"
