// SPDX-License-Identifier: MIT
#include "prompt/promptcomposer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace ShotBrief;

using ProjectFactory = std::function<Project()>;
Q_DECLARE_METATYPE(ProjectFactory)
Q_DECLARE_METATYPE(ShotBrief::PromptLanguage)

class tst_PromptComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void emptyShotGivesEmptyPrompt();
    void emptySectionsLeftOut_data();
    void emptySectionsLeftOut();
    void shotValuesWinOverStyleBible();
    void castIdentityWordForWord();
    void castInShotOrderAndUnknownIdsSkipped();
    void containerParametersNeverInPrompt();
    void cameraShotLine_data();
    void cameraShotLine();
    void everyPresetHasChineseAndJapaneseWords_data();
    void everyPresetHasChineseAndJapaneseWords();
    void sectionsLeftOutInEveryLanguage_data();
    void sectionsLeftOutInEveryLanguage();
    void languageKeys();
    void detectsTheBriefsLanguage_data();
    void detectsTheBriefsLanguage();
    void detectionReadsABoundedAmountOfText();
};

namespace {

PaletteColor colour(const char *name, const char *hex)
{
    return PaletteColor{QString::fromUtf8(name), QString::fromLatin1(hex)};
}

CastMember castMember(const char *id, const char *name, const char *identity)
{
    CastMember member;
    member.id = QString::fromLatin1(id);
    member.name = QString::fromUtf8(name);
    member.identity = QString::fromUtf8(identity);
    return member;
}

QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

DialogueLine say(const char *speaker, const char *line)
{
    return DialogueLine{QString::fromUtf8(speaker), QString::fromUtf8(line)};
}

Project withShot(const Shot &shot, const QList<CastMember> &cast = {}, const StyleBible &style = {})
{
    Project project;
    project.title = QStringLiteral("Golden");
    project.cast = cast;
    project.style = style;
    project.shots << shot;
    return project;
}

const CastMember Mei =
    castMember("cast-mei", "Mei",
               "a woman in her thirties, short black bob, yellow raincoat over a grey hoodie");
const CastMember Ken = castMember(
    "cast-ken", "Ken", "a wiry noodle cook in his sixties, white headband, stained apron");

Project fullDetailed()
{
    Shot shot;
    shot.id = QStringLiteral("shot-1");
    shot.label = QStringLiteral("1A");
    shot.sceneProse = QStringLiteral(
        "A narrow night-market alley after rain: wet asphalt, paper lanterns, steam rising "
        "from a noodle stall.");
    shot.castIds = {Mei.id};
    shot.framing = Framing::MediumCloseUp;
    shot.angle = Angle::EyeLevel;
    shot.movement = Movement::DollyIn;
    shot.depthOfField = DepthOfField::Shallow;
    shot.lensStyle = QStringLiteral("anamorphic 40mm, light film grain");
    shot.lighting = QStringLiteral("warm backlight from the lanterns with soft rim");
    shot.palette = {colour("teal", "#1f6f78"), colour("sand", "#d8c3a5"),
                    colour("rust", "#a0522d")};
    shot.mood = QStringLiteral("cinematic and tense");
    shot.actionBeats = {QStringLiteral("Mei takes four steps toward the stall"),
                        QStringLiteral("pauses as the steam clears"),
                        QStringLiteral("lifts her chin in the final second")};
    shot.dialogue = {say("Mei", "You kept the stall open.")};
    shot.durationSeconds = 8;
    shot.model = QStringLiteral("sora-2-pro");
    shot.size = QStringLiteral("1792x1024");
    shot.notes = QStringLiteral("Crew note: match the lantern practicals from 1B.");
    return withShot(shot, {Mei, Ken});
}

Project conciseShot()
{
    Shot shot;
    shot.id = QStringLiteral("shot-2");
    shot.strategy = PromptStrategy::Concise;
    shot.sceneProse = QStringLiteral("Dawn over a fishing harbour, gulls circling the masts.");
    shot.framing = Framing::Wide;
    return withShot(shot);
}

Project noCinematography()
{
    Shot shot;
    shot.id = QStringLiteral("shot-3");
    shot.sceneProse = QStringLiteral("An empty laundromat at 3 a.m., one dryer still turning.");
    shot.actionBeats = {QStringLiteral("a sock drops from the dryer door"),
                        QStringLiteral("the fluorescent tube flickers twice")};
    return withShot(shot);
}

Project dialogueTwoSpeakers()
{
    Shot shot;
    shot.id = QStringLiteral("shot-4");
    shot.sceneProse = QStringLiteral("Inside the noodle stall, the counter between them.");
    shot.castIds = {Ken.id, Mei.id};
    shot.framing = FramingTerm(Framing::OverTheShoulder);
    shot.angle = Angle::EyeLevel;
    shot.movement = Movement::Static;
    shot.dialogue = {say("Ken", "We close at midnight."), say("Mei", "Then I'm just in time."),
                     say("", "   ")};
    return withShot(shot, {Mei, Ken});
}

Project chinese()
{
    const CastMember xiaomei = castMember("cast-xm", "小梅", "三十多岁的女人，黑色短发，黄色雨衣");
    Shot shot;
    shot.id = QStringLiteral("shot-zh");
    shot.sceneProse = QString::fromUtf8("雨后的夜市小巷，湿漉漉的柏油路，纸灯笼在水洼中倒映。");
    shot.castIds = {xiaomei.id};
    shot.framing = Framing::CloseUp;
    shot.angle = Angle::Low;
    shot.depthOfField = DepthOfField::Shallow;
    shot.lighting = QString::fromUtf8("灯笼的暖色逆光，柔和的轮廓光");
    shot.palette = {colour("青绿", "#1f6f78"), colour("沙色", "#d8c3a5"),
                    colour("铁锈红", "#a0522d")};
    shot.mood = QString::fromUtf8("紧张而安静");
    shot.actionBeats = utf8List({"小梅向面摊走了四步", "停下来等蒸汽散开", "在最后一秒抬起下巴"});
    shot.dialogue = {say("小梅", "你还开着呀。")};
    return withShot(shot, {xiaomei});
}

Project japanese()
{
    const CastMember haru = castMember("cast-haru", "ハル", "二十代の男性、短い茶髪、紺色のスーツ");
    Shot shot;
    shot.id = QStringLiteral("shot-ja");
    shot.sceneProse = QString::fromUtf8("終電後の無人駅のホーム、蛍光灯が一本だけ点滅している。");
    shot.castIds = {haru.id};
    shot.framing = Framing::Full;
    shot.angle = AngleTerm::fromText(QString::fromUtf8("やや俯瞰"));
    shot.lensStyle = QString::fromUtf8("35mm、手持ち");
    shot.lighting = QString::fromUtf8("頭上の冷たい蛍光灯");
    shot.actionBeats = utf8List({"ハルはベンチに座る", "時計を二回見る"});
    shot.dialogue = {say("ハル", "もう誰も来ない。")};
    return withShot(shot, {haru});
}

// The night-market shot of fullDetailed() as a Chinese and a Japanese writer would brief it.
Project nightMarketChinese()
{
    const CastMember xiaomei =
        castMember("cast-mei", "小梅", "三十多岁的女人，黑色短发波波头，灰色连帽衫外罩黄色雨衣");
    Project project = fullDetailed();
    project.cast = {xiaomei};
    Shot &shot = project.shots.first();
    shot.sceneProse =
        QString::fromUtf8("雨后狭窄的夜市小巷：湿漉漉的柏油路，纸灯笼，面摊上热气升腾。");
    shot.lensStyle = QString::fromUtf8("变形宽银幕镜头 40mm，轻微胶片颗粒");
    shot.lighting = QString::fromUtf8("灯笼的暖色逆光，柔和的轮廓光");
    shot.palette = {colour("青绿", "#1f6f78"), colour("沙色", "#d8c3a5"),
                    colour("铁锈红", "#a0522d")};
    shot.mood = QString::fromUtf8("紧张而克制");
    shot.actionBeats = utf8List({"小梅朝面摊走了四步", "蒸汽散开时停下", "在最后一秒抬起下巴"});
    shot.dialogue = {say("小梅", "你还开着呀。")};
    shot.notes = QString::fromUtf8("剧组备注：灯笼实景光与 1B 保持一致。");
    return project;
}

Project nightMarketJapanese()
{
    const CastMember misaki =
        castMember("cast-mei", "美咲",
                   "三十代の女性、黒髪のショートボブ、グレーのパーカーに黄色いレインコート");
    Project project = fullDetailed();
    project.cast = {misaki};
    Shot &shot = project.shots.first();
    shot.sceneProse = QString::fromUtf8(
        "雨上がりの夜市の細い路地。濡れたアスファルト、紙提灯、屋台から立ちのぼる湯気。");
    shot.lensStyle = QString::fromUtf8("アナモルフィック 40mm、薄いフィルムグレイン");
    shot.lighting = QString::fromUtf8("提灯の暖かい逆光、柔らかなリムライト");
    shot.palette = {colour("青緑", "#1f6f78"), colour("砂色", "#d8c3a5"),
                    colour("錆色", "#a0522d")};
    shot.mood = QString::fromUtf8("張りつめた静けさ");
    shot.actionBeats = utf8List(
        {"美咲は屋台に向かって四歩進む", "湯気が晴れるまで立ち止まる", "最後の一秒であごを上げる"});
    shot.dialogue = {say("美咲", "まだ開けてたんだ。")};
    shot.notes = QString::fromUtf8("スタッフメモ：提灯の実景光を 1B と合わせる。");
    return project;
}

Project styleBibleFallback()
{
    StyleBible style;
    style.lensStyle = QStringLiteral("handheld 16mm film");
    style.mood = QStringLiteral("warm and cozy");
    style.lighting = QStringLiteral("tungsten practicals, low key");
    style.palette = {colour("amber", "#ffbf00"), colour("oxblood", "#4a0000"),
                     colour("cream", "#fffdd0")};
    style.notes = QStringLiteral("Never in the prompt.");
    Shot shot;
    shot.id = QStringLiteral("shot-5");
    shot.sceneProse = QStringLiteral("A crowded kitchen on a winter evening.");
    shot.framing = Framing::Medium;
    shot.depthOfField = DepthOfField::Deep;
    shot.mood = QStringLiteral("playful"); // the shot's own value wins
    shot.actionBeats = {QStringLiteral("a pot lid rattles three times")};
    return withShot(shot, {}, style);
}

QString goldenPath(const QString &name)
{
    return QStringLiteral(SHOTBRIEF_TEST_DATA "/") + name + QStringLiteral(".prompt.txt");
}

} // namespace

void tst_PromptComposer::golden_data()
{
    QTest::addColumn<ProjectFactory>("factory");
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("language"); // a format.prompt_language key; "": detected

    QTest::newRow("full detailed shot") << ProjectFactory(fullDetailed) << "full-detailed"
                                        << "";
    QTest::newRow("concise shot") << ProjectFactory(conciseShot) << "concise"
                                  << "";
    QTest::newRow("no cinematography") << ProjectFactory(noCinematography) << "no-cinematography"
                                       << "";
    QTest::newRow("dialogue, two speakers")
        << ProjectFactory(dialogueTwoSpeakers) << "dialogue-two-speakers"
        << "";
    QTest::newRow("style bible fallback")
        << ProjectFactory(styleBibleFallback) << "style-bible-fallback"
        << "";
    // One shot in the three languages, each composed in its own.
    QTest::newRow("night market, English") << ProjectFactory(fullDetailed) << "full-detailed"
                                           << "en";
    QTest::newRow("night market, Chinese")
        << ProjectFactory(nightMarketChinese) << "night-market.zh_CN"
        << "";
    QTest::newRow("night market, Japanese")
        << ProjectFactory(nightMarketJapanese) << "night-market.ja"
        << "";
    QTest::newRow("Chinese text") << ProjectFactory(chinese) << "cjk-chinese"
                                  << "";
    QTest::newRow("Japanese text") << ProjectFactory(japanese) << "cjk-japanese"
                                   << "";
    // A chosen language wins over the text's: the user's words stay as written.
    QTest::newRow("Chinese text, English template") << ProjectFactory(chinese) << "cjk-chinese.en"
                                                    << "en";
    QTest::newRow("English text, Japanese template")
        << ProjectFactory(dialogueTwoSpeakers) << "dialogue-two-speakers.ja"
        << "ja";
}

void tst_PromptComposer::golden()
{
    QFETCH(ProjectFactory, factory);
    QFETCH(QString, golden);
    QFETCH(QString, language);
    const Project project = factory();
    const std::optional<PromptLanguage> chosen = promptLanguageFromKey(language);
    QCOMPARE(chosen.has_value(), !language.isEmpty());
    const QString prompt = chosen ? composePrompt(project, project.shots.constFirst(), *chosen)
                                  : composePrompt(project, project.shots.constFirst());

    QFile file(goldenPath(golden));
    // SHOTBRIEF_UPDATE_GOLDEN=1 rewrites the files; review the diff before committing.
    if (qEnvironmentVariableIntValue("SHOTBRIEF_UPDATE_GOLDEN") == 1) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(prompt.toUtf8() + '\n');
        file.close();
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QString expected = QString::fromUtf8(file.readAll());
    // The files end with a newline, as editors like them; the prompt does not.
    if (expected.endsWith(QLatin1Char('\n')))
        expected.chop(1);
    QCOMPARE(prompt, expected);
    if (!chosen) // a pure function
        QCOMPARE(composePrompt(project, project.shots.constFirst()), prompt);
}

void tst_PromptComposer::emptyShotGivesEmptyPrompt()
{
    Shot shot;
    shot.castIds = {QStringLiteral("nobody")};
    shot.actionBeats = {QStringLiteral("  ")};
    const Project project = withShot(shot);
    QCOMPARE(composePrompt(project, shot), QString());
}

void tst_PromptComposer::emptySectionsLeftOut_data()
{
    QTest::addColumn<ProjectFactory>("factory");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("concise: no actions, no dialogue")
        << ProjectFactory(conciseShot) << QStringList{"Cinematography:\nCamera shot: wide shot"}
        << QStringList{"Actions:", "Dialogue:", "Depth of field:", "Lighting", "Mood:", "Lens"};
    QTest::newRow("no cinematography block")
        << ProjectFactory(noCinematography) << QStringList{"Actions:\n- a sock"}
        << QStringList{"Cinematography:", "Camera shot:", "Dialogue:"};
    QTest::newRow("blank dialogue line dropped")
        << ProjectFactory(dialogueTwoSpeakers) << QStringList{"- Mei: \"Then I'm just in time.\""}
        << QStringList{"\"\"", "- :", "Actions:", "Depth of field:"};
}

void tst_PromptComposer::emptySectionsLeftOut()
{
    QFETCH(ProjectFactory, factory);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const Project project = factory();
    const QString prompt = composePrompt(project, project.shots.constFirst());
    for (const QString &text : present)
        QVERIFY2(prompt.contains(text),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(text, prompt)));
    for (const QString &text : absent)
        QVERIFY2(!prompt.contains(text),
                 qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(text, prompt)));
    QVERIFY2(!prompt.contains(QLatin1String(":\n\n")), "a section header with no content");
    QVERIFY2(!prompt.contains(QLatin1String("\n\n\n")), "an empty section left a gap");
}

void tst_PromptComposer::shotValuesWinOverStyleBible()
{
    Project project = styleBibleFallback();
    Shot &shot = project.shots.first();
    shot.lensStyle = QStringLiteral("locked-off 50mm");
    shot.lighting = QStringLiteral("cold moonlight through the window");
    shot.palette = {colour("steel blue", "#4682b4"), colour("ash", "#b2beb5"),
                    colour("ink", "#1b1b2f")};
    const QString prompt = composePrompt(project, shot);
    QVERIFY2(prompt.contains(QLatin1String("Lens/style: locked-off 50mm\n")), qPrintable(prompt));
    QVERIFY2(prompt.contains(QLatin1String("Lighting + palette: cold moonlight through the window; "
                                           "palette: steel blue, ash, ink\n")),
             qPrintable(prompt));
    QVERIFY2(prompt.contains(QLatin1String("Mood: playful")), qPrintable(prompt));
    for (const char *bible : {"16mm", "tungsten", "amber", "warm and cozy", "Never in the prompt"})
        QVERIFY2(!prompt.contains(QLatin1String(bible)), bible);
}

void tst_PromptComposer::castIdentityWordForWord()
{
    // Odd spacing and punctuation inside the identity survive; only the ends are trimmed.
    const CastMember odd = castMember(
        "cast-odd", "Odd", "  tall;  one green glove -- left hand only, \"Ziggy\" tattoo  ");
    Shot shot;
    shot.castIds = {odd.id};
    shot.sceneProse = QStringLiteral("A bus stop.");
    const Project project = withShot(shot, {odd});
    QCOMPARE(composePrompt(project, shot),
             QStringLiteral(
                 "Odd, tall;  one green glove -- left hand only, \"Ziggy\" tattoo\nA bus stop."));
}

void tst_PromptComposer::castInShotOrderAndUnknownIdsSkipped()
{
    Shot shot;
    shot.castIds = {Ken.id, QStringLiteral("deleted-member"), Mei.id};
    const Project project = withShot(shot, {Mei, Ken});
    QCOMPARE(composePrompt(project, shot),
             QLatin1String("Ken, ") + Ken.identity + QLatin1String("\nMei, ") + Mei.identity);
}

void tst_PromptComposer::containerParametersNeverInPrompt()
{
    Project project = fullDetailed();
    project.format.model = QStringLiteral("sora-2");
    project.format.size = QStringLiteral("1280x720");
    const Shot &shot = project.shots.constFirst();
    const QString prompt = composePrompt(project, shot);
    for (const QString &word : {shot.model, shot.size, project.format.size, QStringLiteral("sora"),
                                QStringLiteral("seconds"), QStringLiteral("8 s"), shot.notes})
        QVERIFY2(!prompt.contains(word, Qt::CaseInsensitive), qPrintable(word));
}

void tst_PromptComposer::cameraShotLine_data()
{
    QTest::addColumn<QString>("framing");
    QTest::addColumn<QString>("angle");
    QTest::addColumn<QString>("movement");
    QTest::addColumn<QString>("expected"); // empty: no Camera shot line

    QTest::newRow("framing, angle and movement")
        << "medium_close_up"
        << "eye_level"
        << "dolly_in"
        << "Camera shot: medium close-up, eye level; slow dolly in";
    QTest::newRow("framing only") << "close_up"
                                  << ""
                                  << ""
                                  << "Camera shot: close-up";
    QTest::newRow("angle only") << ""
                                << "low"
                                << ""
                                << "Camera shot: low angle";
    QTest::newRow("movement only") << ""
                                   << ""
                                   << "pan_left"
                                   << "Camera shot: slow pan left";
    QTest::newRow("custom words kept") << "two-shot through rain"
                                       << ""
                                       << "slow drift right"
                                       << "Camera shot: two-shot through rain; slow drift right";
    QTest::newRow("nothing set") << ""
                                 << ""
                                 << ""
                                 << "";
}

void tst_PromptComposer::cameraShotLine()
{
    QFETCH(QString, framing);
    QFETCH(QString, angle);
    QFETCH(QString, movement);
    QFETCH(QString, expected);
    Shot shot;
    shot.sceneProse = QStringLiteral("A room.");
    shot.framing = FramingTerm::fromText(framing);
    shot.angle = AngleTerm::fromText(angle);
    shot.movement = MovementTerm::fromText(movement);
    const QString prompt = composePrompt(withShot(shot), shot);
    if (expected.isEmpty()) {
        QVERIFY2(!prompt.contains(QLatin1String("Camera shot:")), qPrintable(prompt));
        QCOMPARE(prompt, QStringLiteral("A room."));
    } else {
        QCOMPARE(prompt, QStringLiteral("A room.\n\nCinematography:\n") + expected);
    }
}

void tst_PromptComposer::everyPresetHasChineseAndJapaneseWords_data()
{
    QTest::addColumn<PromptLanguage>("language");
    QTest::newRow("Chinese") << PromptLanguage::Chinese;
    QTest::newRow("Japanese") << PromptLanguage::Japanese;
}

namespace {

/// Every preset of one vocabulary, composed alone: no English word may reach the prompt.
template<typename E>
void checkVocabulary(PromptLanguage language, const std::function<void(Shot &, E)> &set)
{
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    for (const CameraTermInfo &info : cameraVocabulary<E>()) {
        Shot shot;
        set(shot, E(info.value));
        const QString prompt = composePrompt(withShot(shot), shot, language);
        QVERIFY2(!prompt.isEmpty(), info.key);
        QVERIFY2(!latin.match(prompt).hasMatch(),
                 qPrintable(QLatin1String(info.key) + QLatin1String(": ") + prompt));
    }
}

} // namespace

void tst_PromptComposer::everyPresetHasChineseAndJapaneseWords()
{
    QFETCH(PromptLanguage, language);
    checkVocabulary<Framing>(language, [](Shot &s, Framing v) { s.framing = v; });
    checkVocabulary<Angle>(language, [](Shot &s, Angle v) { s.angle = v; });
    checkVocabulary<Movement>(language, [](Shot &s, Movement v) { s.movement = v; });
    checkVocabulary<DepthOfField>(language, [](Shot &s, DepthOfField v) { s.depthOfField = v; });
    // The user's own words are never translated.
    Shot shot;
    shot.framing = FramingTerm::fromText(QStringLiteral("two-shot through rain"));
    QVERIFY(composePrompt(withShot(shot), shot, language)
                .contains(QLatin1String("two-shot through rain")));
}

void tst_PromptComposer::sectionsLeftOutInEveryLanguage_data()
{
    QTest::addColumn<PromptLanguage>("language");
    QTest::newRow("English") << PromptLanguage::English;
    QTest::newRow("Chinese") << PromptLanguage::Chinese;
    QTest::newRow("Japanese") << PromptLanguage::Japanese;
}

void tst_PromptComposer::sectionsLeftOutInEveryLanguage()
{
    QFETCH(PromptLanguage, language);
    for (const ProjectFactory &factory :
         {ProjectFactory(conciseShot), ProjectFactory(noCinematography),
          ProjectFactory(dialogueTwoSpeakers), ProjectFactory(styleBibleFallback)}) {
        const Project project = factory();
        const QString prompt = composePrompt(project, project.shots.constFirst(), language);
        for (const char *empty : {":\n\n", "：\n\n", "\n\n\n", ": \n"})
            QVERIFY2(!prompt.contains(QString::fromUtf8(empty)), qPrintable(prompt));
        QVERIFY2(!prompt.endsWith(QLatin1Char(':')) && !prompt.endsWith(QChar(0xff1a)),
                 qPrintable(prompt));
    }
}

void tst_PromptComposer::languageKeys()
{
    for (PromptLanguage language :
         {PromptLanguage::English, PromptLanguage::Chinese, PromptLanguage::Japanese})
        QCOMPARE(promptLanguageFromKey(promptLanguageKey(language)), language);
    QCOMPARE(promptLanguageKey(PromptLanguage::Chinese), QStringLiteral("zh_CN"));
    QVERIFY(!promptLanguageFromKey(u"").has_value());
    QVERIFY(!promptLanguageFromKey(u"fr").has_value());
    QVERIFY(!promptLanguageFromKey(u"EN").has_value());
}

void tst_PromptComposer::detectsTheBriefsLanguage_data()
{
    QTest::addColumn<ProjectFactory>("factory");
    QTest::addColumn<PromptLanguage>("expected");
    QTest::newRow("English brief") << ProjectFactory(fullDetailed) << PromptLanguage::English;
    QTest::newRow("Chinese brief") << ProjectFactory(chinese) << PromptLanguage::Chinese;
    QTest::newRow("Japanese brief") << ProjectFactory(japanese) << PromptLanguage::Japanese;
    QTest::newRow("Chinese night market")
        << ProjectFactory(nightMarketChinese) << PromptLanguage::Chinese;
    QTest::newRow("Japanese night market")
        << ProjectFactory(nightMarketJapanese) << PromptLanguage::Japanese;
    QTest::newRow("nothing written")
        << ProjectFactory([] { return withShot(Shot()); }) << PromptLanguage::English;
    // English prose with a Chinese name in it is still an English brief.
    QTest::newRow("English with a Chinese name") << ProjectFactory([] {
        Project project = fullDetailed();
        project.shots[0].dialogue = {say("小梅", "You kept the stall open.")};
        project.shots[0].sceneProse += QString::fromUtf8(" A sign reads 面.");
        return project;
    }) << PromptLanguage::English;
    // Mostly Chinese beats with an English lens note: Chinese.
    QTest::newRow("Chinese with English lens words") << ProjectFactory([] {
        Project project = chinese();
        project.shots[0].lensStyle = QStringLiteral("anamorphic 40mm");
        return project;
    }) << PromptLanguage::Chinese;
    // A katakana name in Chinese prose does not make it Japanese.
    QTest::newRow("Chinese with a katakana name") << ProjectFactory([] {
        Project project = chinese();
        project.shots[0].sceneProse += QString::fromUtf8("招牌上写着“ラーメン”。");
        return project;
    }) << PromptLanguage::Chinese;
}

void tst_PromptComposer::detectsTheBriefsLanguage()
{
    QFETCH(ProjectFactory, factory);
    QFETCH(PromptLanguage, expected);
    const Project project = factory();
    QCOMPARE(detectPromptLanguage(project), expected);
    QCOMPARE(effectivePromptLanguage(project), expected);
}

void tst_PromptComposer::detectionReadsABoundedAmountOfText()
{
    // Two thousand Chinese shots, then ten thousand English ones: the first shots decide, and
    // the count of shots read stays small whatever the project's size.
    Project project;
    Shot chineseShot;
    chineseShot.sceneProse =
        QString::fromUtf8("雨后的夜市小巷，湿漉漉的柏油路，纸灯笼在水洼中倒映。");
    Shot englishShot;
    englishShot.sceneProse = QStringLiteral("A narrow night-market alley after rain, wet asphalt, "
                                            "paper lanterns reflected in the puddles.");
    for (int i = 0; i < 2000; ++i)
        project.shots << chineseShot;
    for (int i = 0; i < 10000; ++i)
        project.shots << englishShot;
    QCOMPARE(detectPromptLanguage(project), PromptLanguage::Chinese);

    LanguageTally tally;
    int read = 0;
    while (!tally.isDecided() && read < project.shots.size())
        tally.add(project.shots.at(read++).sceneProse);
    QVERIFY2(read < 100, qPrintable(QString::number(read)));
    QCOMPARE(tally.language(), PromptLanguage::Chinese);
}

QTEST_GUILESS_MAIN(tst_PromptComposer)
#include "tst_promptcomposer.moc"
