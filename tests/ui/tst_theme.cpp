// SPDX-License-Identifier: MIT
// The severity colours of the prompt panel, timeline and window come from one place and read
// on both palettes.
#include "ui/theme.h"

#include <QApplication>
#include <QTest>

using namespace ShotBrief;

Q_DECLARE_METATYPE(ShotBrief::LintSeverity)

class tst_Theme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severityColorsAreReadable_data();
    void severityColorsAreReadable();
    void severitiesCanBeToldApart();
    void contrastRatio();
};

void tst_Theme::severityColorsAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<LintSeverity>("severity");
    for (const auto &[name, palette] :
         {std::pair{"dark", Theme::darkPalette()}, std::pair{"light", Theme::lightPalette()}}) {
        for (const auto &[severityName, severity] :
             {std::pair{"error", LintSeverity::Error}, std::pair{"warning", LintSeverity::Warning},
              std::pair{"hint", LintSeverity::Hint}})
            QTest::addRow("%s %s", name, severityName) << palette << severity;
    }
}

void tst_Theme::severityColorsAreReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(LintSeverity, severity);
    const QColor color = Theme::severityColor(severity, palette);
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        const double ratio = Theme::contrastRatio(color, palette.color(role));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                              .arg(color.name(), palette.color(role).name())
                                              .arg(ratio, 0, 'f', 2)));
    }
    // A badge's count on the colour.
    QVERIFY(Theme::contrastRatio(Theme::textOn(color), color) >= 4.5);
}

void tst_Theme::severitiesCanBeToldApart()
{
    for (const QPalette &palette : {Theme::darkPalette(), Theme::lightPalette()}) {
        const QColor error = Theme::severityColor(LintSeverity::Error, palette);
        const QColor warning = Theme::severityColor(LintSeverity::Warning, palette);
        const QColor hint = Theme::severityColor(LintSeverity::Hint, palette);
        QVERIFY(error != warning && warning != hint && hint != error);
        // Hues a person tells apart: red, amber, blue.
        QVERIFY(std::abs(error.hslHue() - warning.hslHue()) >= 25);
        QVERIFY(std::abs(warning.hslHue() - hint.hslHue()) >= 90);
    }
}

void tst_Theme::contrastRatio()
{
    QCOMPARE(qRound(Theme::contrastRatio(Qt::black, Qt::white)), 21);
    QCOMPARE(Theme::contrastRatio(Qt::gray, Qt::gray), 1.0);
    QCOMPARE(Theme::textOn(Qt::black), QColor(Qt::white));
    QCOMPARE(Theme::textOn(Qt::white), QColor(Qt::black));
}

QTEST_MAIN(tst_Theme)
#include "tst_theme.moc"
