// SPDX-License-Identifier: MIT
// The translations are complete and in step with the sources. When this fails after a source
// change: run translations/update.py --missing, add the printed sources to
// translations/dictionary.tsv, run it again and commit the .ts files.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one per numerus form, else one
    QString key() const
    {
        return context + QChar(4) + source + QChar(4) + comment +
               (numerus ? QStringLiteral("#n") : QString());
    }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            if (!current.source.isNull())
                messages.append(current);
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"comment") {
            current.comment = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == u"numerusform") {
            current.translations << xml.readElementText();
        }
    }
    if (!current.source.isNull())
        messages.append(current);
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(SHOTBRIEF_SOURCE_DIR "/translations/shotbrief_%1.ts").arg(language);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&\\S"));
    return int(text.count(pattern));
}

QString brief(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

void addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("ja") << QStringLiteral("ja");
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data() { addLanguages(); }
    void complete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100, "the .ts file holds suspiciously few messages");
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1 is %2").arg(brief(m), m.type);
            else if (m.translations.isEmpty() || m.translations.contains(QString()))
                problems << QStringLiteral("%1 has an empty translation").arg(brief(m));
            else if (m.numerus && m.translations.size() != 1)
                problems << QStringLiteral("%1 needs exactly one plural form, has %2")
                                .arg(brief(m))
                                .arg(m.translations.size());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    void placeholdersKept_data() { addLanguages(); }
    void placeholdersKept()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Message &m : messages) {
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("%1: placeholders %2 became %3 in \"%4\"")
                                    .arg(brief(m), placeholders(m.source).join(u' '),
                                         placeholders(t).join(u' '), t);
                if (accelerators(t) != accelerators(m.source))
                    problems << QStringLiteral("%1: accelerator lost or added in \"%2\"")
                                    .arg(brief(m), t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    // Film terms keep their trade names: a shot's "depth of field" is 景深 / 被写界深度
    // everywhere, not a literal rendering that differs from dialog to dialog.
    void filmVocabulary_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("translation");
        const struct
        {
            const char *term, *zh, *ja;
        } glossary[] = {
            {"depth of field", "景深", "被写界深度"},
            {"shot size", "景别", "ショットサイズ"},
            {"circled take", "圈选镜次", "OKテイク"},
            {"animatic", "动态分镜", "アニマティック"},
            {"slate", "场记板", "カチンコ"},
            {"style bible", "风格手册", "スタイルバイブル"},
            {"storyboard", "故事板", "絵コンテ"},
            {"action beat", "动作节拍", "アクションビート"},
        };
        for (const auto &entry : glossary) {
            QTest::addRow("zh_CN %s", entry.term)
                << QStringLiteral("zh_CN") << QString::fromUtf8(entry.term)
                << QString::fromUtf8(entry.zh);
            QTest::addRow("ja %s", entry.term)
                << QStringLiteral("ja") << QString::fromUtf8(entry.term)
                << QString::fromUtf8(entry.ja);
        }
    }
    void filmVocabulary()
    {
        QFETCH(QString, language);
        QFETCH(QString, term);
        QFETCH(QString, translation);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int uses = 0;
        QStringList problems;
        for (const Message &m : messages) {
            QString source = m.source;
            source.remove(u'&');
            // Whole words, and not a file name such as "animatic.mp4".
            const QRegularExpression word(u"\\b"_qs + QRegularExpression::escape(term) +
                                              u"s?\\b(?!\\.\\w)"_qs,
                                          QRegularExpression::CaseInsensitiveOption);
            if (!source.contains(word))
                continue;
            ++uses;
            for (const QString &t : m.translations) {
                if (!t.contains(translation))
                    problems << QStringLiteral("%1 -> \"%2\"").arg(brief(m), t);
            }
        }
        QVERIFY2(uses > 0, qPrintable(QStringLiteral("no source uses \"%1\"").arg(term)));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("\"%1\" should read \"%2\":\n").arg(term, translation) +
                            problems.join(u'\n')));
    }

    // lupdate over core/ ui/ app/ into a temporary file: every message it finds must be in the
    // committed file, and the committed file must hold nothing else.
    void inStepWithSources_data() { addLanguages(); }
    void inStepWithSources()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
        const QString fresh = dir.filePath(QStringLiteral("fresh_%1.ts").arg(language));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(SHOTBRIEF_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SHOTBRIEF_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-source-language"), QStringLiteral("en"),
                       QStringLiteral("-target-language"), language, QStringLiteral("core"),
                       QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), fresh});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());

        QString error;
        const QList<Message> found = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> committed = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> committedKeys;
        for (const Message &m : committed)
            committedKeys.insert(m.key());
        QSet<QString> foundKeys;
        QStringList notYetIn;
        for (const Message &m : found) {
            foundKeys.insert(m.key());
            if (!committedKeys.contains(m.key()))
                notYetIn << brief(m);
        }
        QStringList vanished;
        for (const Message &m : committed) {
            if (!foundKeys.contains(m.key()))
                vanished << brief(m);
        }
        QVERIFY2(notYetIn.isEmpty(),
                 qPrintable(QStringLiteral("%1 source string(s) not yet in %2 (run "
                                           "translations/update.py --missing):\n")
                                .arg(notYetIn.size())
                                .arg(tsPath(language)) +
                            notYetIn.mid(0, 30).join(u'\n')));
        QVERIFY2(vanished.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) in %2 no longer in the sources:\n")
                                .arg(vanished.size())
                                .arg(tsPath(language)) +
                            vanished.mid(0, 30).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
