// SPDX-License-Identifier: MIT
#include "ui/preview/animaticexportdialog.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ShotBrief;

class tst_AnimaticExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsSlates();
    void cancelClosesWithoutFile();
    void reportsImpossibleStart();

private:
    static SequenceTimeline slates();
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tst_animaticexportdialog-XXXXXX")};
};

SequenceTimeline tst_AnimaticExportDialog::slates()
{
    QList<SequenceItem> items;
    for (const QString &label : {QStringLiteral("1"), QStringLiteral("2")}) {
        SequenceItem item;
        item.shotId = label;
        item.label = label;
        item.durationMs = 1000;
        item.prompt = QStringLiteral("A slate for the test");
        items << item;
    }
    return SequenceTimeline(items);
}

void tst_AnimaticExportDialog::exportsSlates()
{
    const QString out = m_dir.filePath(QStringLiteral("a.mp4"));
    AnimaticExportDialog dialog(slates(), out);
    AnimaticOptions options;
    options.size = QSize(320, 180);
    dialog.renderer()->setOptions(options);
    QSignalSpy exported(&dialog, &AnimaticExportDialog::exported);
    QVERIFY2(dialog.start(), "starts");
    QVERIFY2(exported.wait(60000), "exports");
    QCOMPARE(exported.first().first().toString(), out);
    QVERIFY2(QFile::exists(out), "file written");
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_AnimaticExportDialog::cancelClosesWithoutFile()
{
    const QString out = m_dir.filePath(QStringLiteral("b.mp4"));
    AnimaticExportDialog dialog(slates(), out);
    QSignalSpy failed(&dialog, &AnimaticExportDialog::failed);
    QVERIFY2(dialog.start(), "starts");
    dialog.reject(); // the Cancel button
    QVERIFY2(failed.wait(30000), "cancel reported");
    QVERIFY2(!QFile::exists(out), "no file");
}

void tst_AnimaticExportDialog::reportsImpossibleStart()
{
    AnimaticExportDialog dialog(SequenceTimeline(), m_dir.filePath(QStringLiteral("c.mp4")));
    QSignalSpy failed(&dialog, &AnimaticExportDialog::failed);
    QVERIFY2(!dialog.start(), "an empty sequence cannot be exported");
    QCOMPARE(failed.size(), 1);
}

QTEST_MAIN(tst_AnimaticExportDialog)
#include "tst_animaticexportdialog.moc"
