// SPDX-License-Identifier: MIT
#include "prompt/linter.h"
#include "prompt/promptcomposer.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace ShotBrief;

using Mutation = std::function<void(Project &, ProviderCapabilities &)>;
Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(LintSeverity)

class tst_Linter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanProjectHasNoFindings_data();
    void cleanProjectHasNoFindings();
    void rules_data();
    void rules();
    void everyRuleFiresAndStaysQuietSomewhere_data();
    void everyRuleFiresAndStaysQuietSomewhere();
    void dialogueRatesPerLanguage_data();
    void dialogueRatesPerLanguage();
    void theIssuesExamplesAreFound();
    void ruleIdsAndTitles();
    void severityKeys();
    void conciseShotsGetHintsForMissingEssentials();
    void promptLimitFollowsCapability();
    void styleBibleWordsReportedOnceAtProjectLevel();
    void lintProjectIsEveryShotLinted();
    void outOfRangeShotIndexGivesNothing();
    void findingsNameShotAndAdvice();
    void messagesAreTranslated();
    void vagueAdviceFitsTheField_data();
    void vagueAdviceFitsTheField();
    void fieldsAreNamedInWords_data();
    void fieldsAreNamedInWords();
    void oddTextNeverBreaksTheLinter();
};

namespace {

PaletteColor colour(const char *name)
{
    return PaletteColor{QString::fromUtf8(name), QString()};
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

/// The language a brief is written in: the rule table has rows in each.
enum class Language { English, Chinese, Japanese };

QString languageName(Language language)
{
    switch (language) {
    case Language::Chinese:
        return QStringLiteral("zh_CN");
    case Language::Japanese:
        return QStringLiteral("ja");
    case Language::English:
        break;
    }
    return QStringLiteral("en");
}

Project cleanProject(Language language = Language::English);

/// Two well-written shots of one scene: the linter has nothing to say about them.
Project cleanEnglishProject()
{
    Project project;
    project.title = QStringLiteral("Night market");
    CastMember mei;
    mei.id = QStringLiteral("cast-mei");
    mei.name = QStringLiteral("Mei");
    mei.identity = QStringLiteral("a woman in her thirties, short black bob, yellow raincoat");
    CastMember ken;
    ken.id = QStringLiteral("cast-ken");
    ken.name = QStringLiteral("Ken");
    ken.identity = QStringLiteral("a wiry noodle cook in his sixties, white headband");
    CastMember xiaomei;
    xiaomei.id = QStringLiteral("cast-xm");
    xiaomei.name = utf8("小梅");
    xiaomei.identity = utf8("三十多岁的女人，黑色短发，黄色雨衣");
    project.cast = {mei, ken, xiaomei};
    Scene scene;
    scene.id = QStringLiteral("scene-1");
    scene.title = QStringLiteral("EXT. NIGHT MARKET - NIGHT");
    Scene other;
    other.id = QStringLiteral("scene-2");
    project.scenes = {scene, other};

    Shot first;
    first.id = QStringLiteral("shot-1");
    first.label = QStringLiteral("1A");
    first.sceneId = scene.id;
    first.sceneProse = QStringLiteral("A narrow night-market alley after rain: wet asphalt, "
                                      "paper lanterns, steam rising from a noodle stall.");
    first.castIds = {mei.id};
    first.framing = Framing::MediumCloseUp;
    first.angle = Angle::EyeLevel;
    first.movement = Movement::DollyIn;
    first.depthOfField = DepthOfField::Shallow;
    first.lensStyle = QStringLiteral("anamorphic 40mm");
    first.lighting = QStringLiteral("warm backlight from the lanterns with soft rim");
    first.palette = {colour("teal"), colour("sand"), colour("rust")};
    first.mood = QStringLiteral("cinematic and tense");
    first.actionBeats = {QStringLiteral("Mei takes four steps toward the stall"),
                         QStringLiteral("pauses as the steam clears"),
                         QStringLiteral("lifts her chin in the final second")};
    first.dialogue = {{QStringLiteral("Mei"), QStringLiteral("You kept the stall open.")}};

    Shot second;
    second.id = QStringLiteral("shot-2");
    second.label = QStringLiteral("1B");
    second.sceneId = scene.id;
    second.sceneProse = QStringLiteral("Inside the noodle stall, the counter between them.");
    second.castIds = {ken.id, mei.id};
    second.framing = Framing::OverTheShoulder;
    second.angle = Angle::EyeLevel;
    second.movement = Movement::Static;
    second.depthOfField = DepthOfField::Shallow;
    second.lighting = QStringLiteral("warm backlight from the lanterns, soft rim on the steam");
    second.palette = {colour("teal"), colour("sand"), colour("rust")};
    second.actionBeats = {QStringLiteral("Ken sets down a bowl"),
                          QStringLiteral("Mei sits on the stool")};
    second.dialogue = {{QStringLiteral("Ken"), QStringLiteral("We close at midnight.")},
                       {QStringLiteral("Mei"), QStringLiteral("Then I'm just in time.")}};
    second.durationSeconds = 8;

    project.shots = {first, second};
    return project;
}

/// cleanEnglishProject() as a Chinese writer briefs it: same ids, presets and durations.
Project cleanChineseProject()
{
    Project project = cleanEnglishProject();
    project.cast[0].name = utf8("小梅");
    project.cast[0].identity = utf8("三十多岁的女人，黑色短发波波头，黄色雨衣");
    project.cast[1].name = utf8("老陈");
    project.cast[1].identity = utf8("六十多岁的精瘦面摊师傅，白色头巾");
    project.cast.removeLast();
    Shot &first = project.shots[0];
    first.sceneProse = utf8("雨后狭窄的夜市小巷：湿漉漉的柏油路，纸灯笼，面摊上热气升腾。");
    first.lensStyle = utf8("变形宽银幕镜头 40mm");
    first.lighting = utf8("灯笼的暖色逆光，柔和的轮廓光");
    first.palette = {colour("青绿"), colour("沙色"), colour("铁锈红")};
    first.mood = utf8("紧张而克制");
    first.actionBeats = {utf8("小梅朝面摊走了四步"), utf8("蒸汽散开时停下"),
                         utf8("在最后一秒抬起下巴")};
    first.dialogue = {{utf8("小梅"), utf8("你还开着呀。")}};
    Shot &second = project.shots[1];
    second.sceneProse = utf8("面摊里，柜台隔在两人之间。");
    second.lighting = utf8("灯笼的暖色逆光，蒸汽上柔和的轮廓光");
    second.palette = first.palette;
    second.actionBeats = {utf8("老陈放下一碗面"), utf8("小梅在凳子上坐下")};
    second.dialogue = {{utf8("老陈"), utf8("我们半夜收摊。")},
                       {utf8("小梅"), utf8("那我来得正好。")}};
    return project;
}

/// cleanEnglishProject() as a Japanese writer briefs it.
Project cleanJapaneseProject()
{
    Project project = cleanEnglishProject();
    project.cast[0].name = utf8("美咲");
    project.cast[0].identity = utf8("三十代の女性、黒髪のショートボブ、黄色いレインコート");
    project.cast[1].name = utf8("健二");
    project.cast[1].identity = utf8("六十代の痩せた屋台の主人、白い鉢巻き");
    project.cast.removeLast();
    Shot &first = project.shots[0];
    first.sceneProse =
        utf8("雨上がりの夜市の細い路地。濡れたアスファルト、紙提灯、屋台から立ちのぼる湯気。");
    first.lensStyle = utf8("アナモルフィック 40mm");
    first.lighting = utf8("提灯の暖かい逆光、柔らかなリムライト");
    first.palette = {colour("青緑"), colour("砂色"), colour("錆色")};
    first.mood = utf8("張りつめた静けさ");
    first.actionBeats = {utf8("美咲は屋台に向かって四歩進む"), utf8("湯気が晴れるまで立ち止まる"),
                         utf8("最後の一秒であごを上げる")};
    first.dialogue = {{utf8("美咲"), utf8("まだ開けてたんだ。")}};
    Shot &second = project.shots[1];
    second.sceneProse = utf8("屋台の中、カウンターを挟んで二人。");
    second.lighting = utf8("提灯の暖かい逆光、湯気に柔らかなリムライト");
    second.palette = first.palette;
    second.actionBeats = {utf8("健二が丼を置く"), utf8("美咲が椅子に座る")};
    second.dialogue = {{utf8("健二"), utf8("夜中には閉めるよ。")},
                       {utf8("美咲"), utf8("じゃあ間に合った。")}};
    return project;
}

Project cleanProject(Language language)
{
    switch (language) {
    case Language::Chinese:
        return cleanChineseProject();
    case Language::Japanese:
        return cleanJapaneseProject();
    case Language::English:
        break;
    }
    return cleanEnglishProject();
}

struct Case
{
    const char *name;
    const char *rule;
    bool fires;
    Mutation mutate;
    LintSeverity severity = LintSeverity::Warning;
    int shot = 0; ///< The shot the finding is expected on; -1 for the project.
    const char *field = "";
    QSize imageSize = QSize(); ///< What the fake image-size provider answers; invalid: no provider.
};

Mutation onShot(int index, std::function<void(Shot &)> change)
{
    return [index, change](Project &project, ProviderCapabilities &) {
        change(project.shots[index]);
    };
}

Mutation onProject(std::function<void(Project &)> change)
{
    return [change](Project &project, ProviderCapabilities &) {
        change(project);
    };
}

/// Gives the shot a ready take made from its brief as it is now, and circles it.
void circleTakeOf(const Project &project, Shot &shot)
{
    Take take;
    take.id = QStringLiteral("take-of-") + shot.id;
    take.prompt = composePrompt(project, shot);
    take.model = project.effectiveModel(shot);
    take.size = project.effectiveSize(shot);
    take.seconds = shot.durationSeconds;
    take.referenceImage = shot.referenceImage;
    take.status = TakeStatus::Ready;
    shot.takes = {take};
    shot.circledTakeId = take.id;
}

const QList<Case> &cases()
{
    using S = LintSeverity;
    static const QList<Case> list = {
        // Container parameters against the provider's capabilities.
        {"unknown model", "unknown-model", true,
         onShot(0, [](Shot &s) { s.model = QStringLiteral("veo-3"); }), S::Error, 0, "model"},
        {"unknown project default model", "unknown-model", true,
         onProject([](Project &p) { p.format.model = QStringLiteral("gen-4"); }), S::Error, 0,
         "format.model"},
        {"known model", "unknown-model", false,
         onShot(0, [](Shot &s) { s.model = QStringLiteral("sora-2-pro"); })},
        {"7 seconds", "unsupported-duration", true,
         onShot(0, [](Shot &s) { s.durationSeconds = 7; }), S::Error, 0, "duration"},
        {"16 s where the model stops at 12", "unsupported-duration", true,
         onShot(1, [](Shot &s) { s.durationSeconds = 16; }), S::Error, 1, "duration"},
        {"12 seconds", "unsupported-duration", false,
         onShot(0, [](Shot &s) { s.durationSeconds = 12; })},
        {"a provider that allows 5 s", "unsupported-duration", false,
         [](Project &p, ProviderCapabilities &c) {
             c.models[0].durations = {5, 10};
             p.shots[0].durationSeconds = 5;
             p.shots[1].durationSeconds = 10;
         }},
        {"1024p on sora-2", "unsupported-size", true,
         onShot(0, [](Shot &s) { s.size = QStringLiteral("1792x1024"); }), S::Error, 0, "size"},
        {"project default 1024p on sora-2", "unsupported-size", true,
         onProject([](Project &p) { p.format.size = QStringLiteral("1024x1792"); }), S::Error, 1,
         "format.size"},
        {"1024p on sora-2-pro", "unsupported-size", false, onShot(0, [](Shot &s) {
             s.model = QStringLiteral("sora-2-pro");
             s.size = QStringLiteral("1792x1024");
         })},

        // The prompt as a whole.
        {"nothing to say", "empty-prompt", true, onShot(0, [](Shot &s) { s = Shot(); }),
         S::Error, 0, ""},
        {"a few words", "empty-prompt", false, onShot(0, [](Shot &s) {
             s = Shot();
             s.sceneProse = QStringLiteral("A door.");
         })},
        {"33,000 characters", "prompt-too-long", true,
         onShot(0, [](Shot &s) { s.sceneProse = QStringLiteral("wet asphalt ").repeated(2750); }),
         S::Error, 0, "scene_prose"},
        {"30,000 characters", "prompt-too-long", false,
         onShot(0, [](Shot &s) { s.sceneProse = QStringLiteral("wet asphalt ").repeated(2500); })},

        // The five essentials; style bible fallback where the bible has the field.
        {"no framing", "missing-framing", true, onShot(0, [](Shot &s) { s.framing = {}; }),
         S::Warning, 0, "framing"},
        {"no framing, concise", "missing-framing", true, onShot(0, [](Shot &s) {
             s.framing = {};
             s.strategy = PromptStrategy::Concise;
         }),
         S::Hint, 0, "framing"},
        {"empty custom framing", "missing-framing", true,
         onShot(1, [](Shot &s) { s.framing = FramingTerm(Framing::Custom); }), S::Warning, 1,
         "framing"},
        {"framing set", "missing-framing", false,
         onShot(0, [](Shot &s) { s.framing = FramingTerm::fromText(QStringLiteral("two-shot")); })},
        {"no depth of field", "missing-depth-of-field", true,
         onShot(1, [](Shot &s) { s.depthOfField = {}; }), S::Warning, 1, "depth_of_field"},
        {"deep focus", "missing-depth-of-field", false,
         onShot(1, [](Shot &s) { s.depthOfField = DepthOfField::Deep; })},
        {"no lighting anywhere", "missing-lighting", true,
         onShot(0, [](Shot &s) { s.lighting.clear(); }), S::Warning, 0, "lighting"},
        {"lighting from the style bible", "missing-lighting", false, [](Project &p, auto &) {
             p.shots[0].lighting.clear();
             p.shots[1].lighting.clear();
             p.style.lighting = QStringLiteral("warm backlight from the lanterns");
         }},
        {"no palette anywhere", "missing-palette", true,
         onShot(0, [](Shot &s) { s.palette.clear(); }), S::Warning, 0, "palette"},
        {"palette from the style bible", "missing-palette", false, [](Project &p, auto &) {
             p.shots[0].palette.clear();
             p.style.palette = {colour("teal"), colour("sand"), colour("rust")};
         }},
        {"no action beats", "missing-action-beats", true,
         onShot(1, [](Shot &s) { s.actionBeats = {QStringLiteral(" ")}; }), S::Warning, 1,
         "action_beats"},
        {"one beat", "missing-action-beats", false,
         onShot(1, [](Shot &s) { s.actionBeats = {QStringLiteral("Ken nods once")}; })},

        // Palette size.
        {"two colours", "palette-size", true, onShot(0, [](Shot &s) { s.palette.removeLast(); }),
         S::Warning, 0, "palette"},
        {"six colours", "palette-size", true, onShot(0, [](Shot &s) {
             s.palette << colour("ink") << colour("cream") << colour("moss");
         }),
         S::Warning, 0, "palette"},
        {"two colours in the style bible", "palette-size", true, [](Project &p, auto &) {
             p.shots[0].palette.clear();
             p.style.palette = {colour("teal"), colour("sand")};
         },
         S::Warning, 0, "style.palette"},
        {"five colours", "palette-size", false,
         onShot(0, [](Shot &s) { s.palette << colour("ink") << colour("cream"); })},
        // The prompt names the colours of each row's name, not the rows.
        {"seven colours in one row", "palette-size", true, onShot(0, [](Shot &s) {
             s.palette = {colour("red, orange, yellow, green, blue, indigo, violet")};
         }),
         S::Warning, 0, "palette"},
        {"three colours in two rows", "palette-size", false, onShot(0, [](Shot &s) {
             s.palette = {colour("teal and sand"), colour("rust")};
         })},
        {"sandy is one colour", "palette-size", true, onShot(0, [](Shot &s) {
             s.palette = {colour("sandy"), colour("rust")};
         }),
         S::Warning, 0, "palette"},
        {"three colours in one row", "palette-size", false,
         onShot(0, [](Shot &s) { s.palette = {colour("teal, sand, rust")}; })},
        {"two colours in one row", "palette-size", true,
         onShot(0, [](Shot &s) { s.palette = {colour("teal, sand")}; }), S::Warning, 0,
         "palette"},

        // Vague words.
        {"a beautiful street", "vague-adjective", true,
         onShot(0, [](Shot &s) { s.sceneProse = QStringLiteral("A beautiful street at night."); }),
         S::Warning, 0, "scene_prose"},
        {"moves quickly", "vague-adjective", true,
         onShot(1, [](Shot &s) { s.actionBeats[1] = QStringLiteral("Mei moves quickly"); }),
         S::Warning, 1, "action_beats[1]"},
        {"cinematic look as camera words", "vague-adjective", true,
         onShot(0, [](Shot &s) { s.framing = FramingTerm::fromText(QStringLiteral("cinematic look")); }),
         S::Warning, 0, "framing"},
        {"concise shot gets a hint", "vague-adjective", true, onShot(0, [](Shot &s) {
             s.strategy = PromptStrategy::Concise;
             s.lighting = QStringLiteral("Amazing light");
         }),
         S::Hint, 0, "lighting"},
        {"Chinese 美丽", "vague-adjective", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("一条美丽的街道"); }), S::Warning, 0,
         "scene_prose"},
        {"Chinese 电影感", "vague-adjective", true,
         onShot(0, [](Shot &s) { s.lensStyle = utf8("很有电影感"); }), S::Warning, 0, "lens_style"},
        {"Japanese 美しい", "vague-adjective", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("美しい夜の街"); }), S::Warning, 0,
         "scene_prose"},
        {"no nice in Venice", "vague-adjective", false,
         onShot(0, [](Shot &s) { s.sceneProse = QStringLiteral("Venice canals at dawn, an epicentre of gulls."); })},
        // Lens/style vocabulary: an epithet or a rendering style is not a vague look.
        {"the great lens", "vague-adjective", false,
         onShot(0, [](Shot &s) { s.lensStyle = QStringLiteral("the great lens, 40mm anamorphic"); })},
        {"photorealistic lens style", "vague-adjective", false,
         onShot(0, [](Shot &s) { s.lensStyle = QStringLiteral("photorealistic, VHS aesthetic"); })},
        {"photorealistic scene", "vague-adjective", true,
         onShot(0, [](Shot &s) { s.sceneProse = QStringLiteral("A photorealistic street."); }),
         S::Warning, 0, "scene_prose"},
        {"cinematic mood is fine", "vague-adjective", false,
         onShot(1, [](Shot &s) { s.mood = QStringLiteral("cinematic, epic and tense"); })},
        {"spoken words are not checked", "vague-adjective", false,
         onShot(0, [](Shot &s) { s.dialogue[0].line = QStringLiteral("Beautiful night."); })},

        // Open-ended actions.
        {"walks across the room", "uncountable-action", true,
         onShot(0, [](Shot &s) { s.actionBeats[1] = QStringLiteral("Actor walks across the room."); }),
         S::Warning, 0, "action_beats[1]"},
        {"walks across the room, concise", "uncountable-action", true, onShot(0, [](Shot &s) {
             s.strategy = PromptStrategy::Concise;
             s.actionBeats = {QStringLiteral("Mei wanders through the market")};
         }),
         S::Hint, 0, "action_beats[0]"},
        {"four steps to the window, final second", "uncountable-action", false,
         onShot(0, [](Shot &s) {
             s.actionBeats = {QStringLiteral("takes four steps to the window, pauses, and pulls "
                                             "the curtain in the final second")};
         })},
        {"walks to the window", "uncountable-action", false,
         onShot(0, [](Shot &s) { s.actionBeats[1] = QStringLiteral("walks to the window"); })},
        {"runs three laps", "uncountable-action", false,
         onShot(0, [](Shot &s) { s.actionBeats[1] = QStringLiteral("runs three laps"); })},

        // Container parameters written as words.
        {"make it 8 seconds", "container-in-prompt", true,
         onShot(0, [](Shot &s) { s.sceneProse += QStringLiteral(" Make it 8 seconds."); }),
         S::Warning, 0, "scene_prose"},
        {"4K", "container-in-prompt", true,
         onShot(0, [](Shot &s) { s.lensStyle = QStringLiteral("anamorphic, 4K"); }), S::Warning,
         0, "lens_style"},
        {"16:9", "container-in-prompt", true,
         onShot(1, [](Shot &s) { s.actionBeats << QStringLiteral("framed 16:9"); }), S::Warning,
         1, "action_beats[2]"},
        {"make it longer", "container-in-prompt", true,
         onShot(1, [](Shot &s) { s.mood = QStringLiteral("slow, make it longer"); }), S::Warning,
         1, "mood"},
        {"an 8-second clip", "container-in-prompt", true,
         onShot(0, [](Shot &s) { s.sceneProse = QStringLiteral("An 8-second clip of rain."); }),
         S::Warning, 0, "scene_prose"},
        {"model name", "container-in-prompt", true,
         onShot(0, [](Shot &s) { s.lensStyle = QStringLiteral("Sora 2 Pro quality"); }),
         S::Warning, 0, "lens_style"},
        {"Chinese 高清", "container-in-prompt", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("高清夜市"); }), S::Warning, 0,
         "scene_prose"},
        {"Japanese 8秒の動画", "container-in-prompt", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("夜の市場の8秒の動画"); }), S::Warning, 0,
         "scene_prose"},
        {"timing inside the clip", "container-in-prompt", false, onShot(0, [](Shot &s) {
             s.actionBeats[1] = QStringLiteral("pauses for two seconds");
             s.actionBeats[2] = QStringLiteral("at 10:30 on the clock, lifts her chin in the final second");
         })},
        {"no longer", "container-in-prompt", false,
         onShot(0, [](Shot &s) { s.sceneProse = QStringLiteral("The stall is no longer busy; a 3 kg sack of rice."); })},

        // Motion.
        {"dolly plus a camera pan in a beat", "too-many-camera-moves", true,
         onShot(0, [](Shot &s) { s.actionBeats << QStringLiteral("the camera pans left to the lanterns"); }),
         S::Warning, 0, "movement"},
        {"two moves in custom words", "too-many-camera-moves", true,
         onShot(0, [](Shot &s) {
             s.movement = MovementTerm::fromText(QStringLiteral("pan left, then crane up"));
         }),
         S::Warning, 0, "movement"},
        {"one move and a cooking pan", "too-many-camera-moves", false,
         onShot(0, [](Shot &s) { s.actionBeats[1] = QStringLiteral("lifts the pan off the fire"); })},
        {"static camera, camera pans once", "too-many-camera-moves", false,
         onShot(1, [](Shot &s) { s.actionBeats << QStringLiteral("the camera pans to Ken"); })},
        {"six beats in four seconds", "too-many-action-beats", true, onShot(0, [](Shot &s) {
             s.actionBeats << QStringLiteral("turns") << QStringLiteral("waves")
                           << QStringLiteral("smiles");
         }),
         S::Warning, 0, "action_beats"},
        {"four beats in four seconds", "too-many-action-beats", false,
         onShot(0, [](Shot &s) { s.actionBeats << QStringLiteral("smiles"); })},
        {"six beats in eight seconds", "too-many-action-beats", false, onShot(1, [](Shot &s) {
             s.actionBeats << QStringLiteral("turns") << QStringLiteral("waves")
                           << QStringLiteral("smiles") << QStringLiteral("sits");
         })},

        // Dialogue.
        {"three lines in four seconds", "dialogue-too-long", true, onShot(0, [](Shot &s) {
             s.dialogue << DialogueLine{QStringLiteral("Mei"), QStringLiteral("Hi.")}
                        << DialogueLine{QStringLiteral("Mei"), QStringLiteral("Hello?")};
         }),
         S::Warning, 0, "dialogue"},
        {"a speech in four seconds", "dialogue-too-long", true, onShot(0, [](Shot &s) {
             s.dialogue[0].line = QStringLiteral(
                 "You kept the stall open all these years even after they closed the market "
                 "and everyone else left town.");
         }),
         S::Warning, 0, "dialogue"},
        {"a long Chinese line in four seconds", "dialogue-too-long", true, onShot(0, [](Shot &s) {
             s.dialogue[0] = {utf8("小梅"), utf8("这么多年你一直开着这个面摊，即使市场关了，所有人都离开了这个小镇，你还在这里")};
         }),
         S::Warning, 0, "dialogue"},
        {"two exchanges in eight seconds", "dialogue-too-long", false, [](Project &, auto &) {}},
        {"short Chinese line", "dialogue-too-long", false,
         onShot(0, [](Shot &s) { s.dialogue[0] = {utf8("小梅"), utf8("你还开着呀。")}; })},
        {"two lines, one without speaker", "dialogue-unlabelled", true,
         onShot(1, [](Shot &s) { s.dialogue[1].speaker.clear(); }), S::Warning, 1,
         "dialogue[1].speaker"},
        {"one line, one person", "dialogue-unlabelled", false,
         onShot(0, [](Shot &s) { s.dialogue[0].speaker.clear(); })},

        // A cast member a script import made, before the user describes them.
        {"Mei has no identity yet", "cast-identity-missing", true,
         onProject([](Project &p) { p.cast[0].identity = QStringLiteral("  "); }), S::Hint, 0,
         "cast[0]"},
        {"every cast member described", "cast-identity-missing", false,
         onShot(0, [](Shot &s) { s.castIds << QStringLiteral("cast-ken"); })},

        // Marks a script re-import leaves.
        {"the script changed", "script-changed", true,
         onShot(1, [](Shot &s) { s.scriptRef = ScriptRef{3, {}, {}, 2, QStringLiteral("x"), ScriptMark::Changed}; }),
         S::Warning, 1, "action_beats"},
        {"from a script, unchanged", "script-changed", false,
         onShot(1, [](Shot &s) { s.scriptRef = ScriptRef{3, {}, {}, 2, QStringLiteral("x"), ScriptMark::None}; })},
        {"cut from the script", "cut-from-script", true,
         onShot(0, [](Shot &s) { s.scriptRef = ScriptRef{1, {}, {}, 1, QStringLiteral("x"), ScriptMark::Cut}; }),
         S::Warning, 0, "action_beats"},
        {"changed is not cut", "cut-from-script", false,
         onShot(0, [](Shot &s) { s.scriptRef = ScriptRef{1, {}, {}, 1, QStringLiteral("x"), ScriptMark::Changed}; })},

        // Cast identity reuse.
        {"Ken named but not cast", "cast-not-in-shot", true,
         onShot(0, [](Shot &s) { s.sceneProse += QStringLiteral(" Ken watches from the stall."); }),
         S::Warning, 0, "scene_prose"},
        {"Ken speaks but is not cast", "cast-not-in-shot", true,
         onShot(0, [](Shot &s) { s.dialogue << DialogueLine{QStringLiteral("Ken"), QStringLiteral("Late.")}; }),
         S::Warning, 0, "dialogue[1].speaker"},
        {"小梅 named but not cast", "cast-not-in-shot", true,
         onShot(1, [](Shot &s) { s.actionBeats << utf8("小梅坐下"); }), S::Warning, 1,
         "action_beats[2]"},
        {"Kenji is someone else", "cast-not-in-shot", false,
         onShot(0, [](Shot &s) { s.sceneProse += QStringLiteral(" Kenji's bike leans on a pole."); })},
        {"Ken cast and named", "cast-not-in-shot", false,
         onShot(0, [](Shot &s) {
             s.castIds << QStringLiteral("cast-ken");
             s.sceneProse += QStringLiteral(" Ken watches from the stall.");
         })},
        {"Mei wearing something else", "cast-redefined", true,
         onShot(0, [](Shot &s) { s.sceneProse += QStringLiteral(" Mei, wearing a red silk dress, waits."); }),
         S::Warning, 0, "scene_prose"},
        {"Mei's hair redefined in a beat", "cast-redefined", true,
         onShot(0, [](Shot &s) { s.actionBeats[0] = QStringLiteral("Mei, long blonde hair loose, takes four steps"); }),
         S::Warning, 0, "action_beats[0]"},
        {"小梅 wears a red skirt", "cast-redefined", true, onShot(0, [](Shot &s) {
             s.castIds = {QStringLiteral("cast-xm")};
             s.actionBeats[0] = utf8("小梅穿着红裙子走向面摊");
             s.dialogue.clear();
         }),
         S::Warning, 0, "action_beats[0]"},
        {"identity paraphrased without the name", "cast-redefined", true, onShot(0, [](Shot &s) {
             s.sceneProse = QStringLiteral(
                 "Under the lanterns, a yellow raincoat: the woman, thirties, wears her short "
                 "black hair in a bob.");
         }),
         S::Warning, 0, "scene_prose"},
        {"a few identity words are no paraphrase", "cast-redefined", false,
         onShot(0, [](Shot &s) {
             s.sceneProse = QStringLiteral("A yellow raincoat hangs by the stall; a woman eats.");
         })},
        {"taking off a coat is an action", "cast-redefined", false,
         onShot(0, [](Shot &s) { s.actionBeats[1] = QStringLiteral("Mei takes off her raincoat, wind in her hair"); })},
        {"identity repeated word for word", "cast-redefined", false, onShot(0, [](Shot &s) {
             s.sceneProse = QStringLiteral(
                 "Mei, a woman in her thirties, short black bob, yellow raincoat, under the lanterns.");
         })},
        {"another person's clothes", "cast-redefined", false,
         onShot(0, [](Shot &s) { s.sceneProse += QStringLiteral(" A vendor wearing a red apron shouts."); })},

        // Continuity between adjacent shots of a scene.
        {"warm to cold light", "lighting-drift", true,
         onShot(1, [](Shot &s) { s.lighting = QStringLiteral("cold overhead fluorescent tubes"); }),
         S::Warning, 1, "lighting"},
        {"drift without scenes is a hint", "lighting-drift", true, [](Project &p, auto &) {
             p.shots[0].sceneId.clear();
             p.shots[1].sceneId.clear();
             p.shots[1].lighting = QStringLiteral("cold overhead fluorescent tubes");
         },
         S::Hint, 1, "lighting"},
        {"same light, refined", "lighting-drift", false,
         onShot(1, [](Shot &s) { s.lighting = QStringLiteral("warm lantern backlight with a soft rim, light haze"); })},
        {"cut to another scene", "lighting-drift", false, onShot(1, [](Shot &s) {
             s.sceneId = QStringLiteral("scene-2");
             s.lighting = QStringLiteral("cold overhead fluorescent tubes");
         })},
        {"new colours", "palette-drift", true,
         onShot(1, [](Shot &s) { s.palette = {colour("magenta"), colour("lime"), colour("navy")}; }),
         S::Warning, 1, "palette"},
        {"one colour swapped", "palette-drift", false,
         onShot(1, [](Shot &s) { s.palette = {colour("teal"), colour("sand"), colour("amber")}; })},
        {"both from the style bible", "palette-drift", false, [](Project &p, auto &) {
             p.style.palette = p.shots[0].palette;
             p.shots[0].palette.clear();
             p.shots[1].palette.clear();
         }},

        // Reference images.
        {"model takes no reference", "reference-unsupported", true,
         [](Project &p, ProviderCapabilities &c) {
             c.models[0].firstFrame = false;
             p.shots[0].referenceImage = QStringLiteral("refs/1a.png");
         },
         S::Warning, 0, "reference_image"},
        {"model takes a first frame", "reference-unsupported", false,
         onShot(0, [](Shot &s) { s.referenceImage = QStringLiteral("refs/1a.png"); })},
        {"square frame for a 720p shot", "reference-size-mismatch", true,
         onShot(0, [](Shot &s) { s.referenceImage = QStringLiteral("refs/1a.png"); }), S::Error, 0,
         "reference_image", QSize(1024, 1024)},
        {"portrait frame for a landscape shot", "reference-size-mismatch", true,
         onShot(1, [](Shot &s) { s.referenceImage = QStringLiteral("refs/1b.png"); }), S::Error, 1,
         "reference_image", QSize(720, 1280)},
        {"frame of the shot's size", "reference-size-mismatch", false,
         onShot(0, [](Shot &s) { s.referenceImage = QStringLiteral("refs/1a.png"); }),
         S::Error, 0, "", QSize(1280, 720)},
        {"provider resizes references", "reference-size-mismatch", false,
         [](Project &p, ProviderCapabilities &c) {
             c.models[0].referenceMustMatchSize = false;
             p.shots[0].referenceImage = QStringLiteral("refs/1a.png");
         },
         S::Error, 0, "", QSize(1024, 1024)},

        // Content rules.
        {"a pop star", "real-person", true,
         onShot(0, [](Shot &s) { s.sceneProse += QStringLiteral(" Taylor Swift buys noodles."); }),
         S::Warning, 0, "scene_prose"},
        {"成龙", "real-person", true,
         onShot(1, [](Shot &s) { s.actionBeats << utf8("成龙从屋顶跳下"); }), S::Warning, 1,
         "action_beats[2]"},
        {"in a cast identity", "real-person", true,
         onProject([](Project &p) { p.cast[0].identity += QStringLiteral(", looks like Keanu Reeves"); }),
         S::Warning, 0, "cast[0]"},
        {"a tailor with swift hands", "real-person", false,
         onShot(0, [](Shot &s) { s.sceneProse += QStringLiteral(" A tailor with swift hands."); })},
        {"Pikachu plush", "copyrighted-character", true,
         onShot(0, [](Shot &s) { s.sceneProse += QStringLiteral(" A Pikachu plush hangs in the stall."); }),
         S::Warning, 0, "scene_prose"},
        {"ドラえもん", "copyrighted-character", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("ドラえもんの人形が棚にある"); }),
         S::Warning, 0, "scene_prose"},
        {"a yellow mouse plush", "copyrighted-character", false,
         onShot(0, [](Shot &s) { s.sceneProse += QStringLiteral(" A yellow mouse plush hangs in the stall."); })},

        // The circled take against the brief it was made from.
        {"circled take of 8 s on a shot cut to 4 s", "take-out-of-date", true,
         [](Project &p, ProviderCapabilities &) {
             circleTakeOf(p, p.shots[0]);
             p.shots[0].durationSeconds = 4;
             p.shots[0].takes[0].seconds = 8;
         },
         S::Warning, 0, ""},
        {"circled take after the scene prose changed", "take-out-of-date", true,
         [](Project &p, ProviderCapabilities &) {
             circleTakeOf(p, p.shots[0]);
             p.shots[0].sceneProse += QStringLiteral(" Thunder.");
         },
         S::Warning, 0, ""},
        {"circled take made from the brief as it is", "take-out-of-date", false,
         [](Project &p, ProviderCapabilities &) { circleTakeOf(p, p.shots[0]); }},
        {"a failed take is not played", "take-out-of-date", false,
         [](Project &p, ProviderCapabilities &) {
             circleTakeOf(p, p.shots[0]);
             p.shots[0].takes[0].status = TakeStatus::Failed;
             p.shots[0].durationSeconds = 4;
         }},
    };
    return list;
}

/// The rows whose mutation writes no words: they hold in every language.
/// The picture rules (first and last frames, chains, subject references): no words in them,
/// so every language runs them.
const QList<Case> &pictureCases()
{
    using S = LintSeverity;
    static const QList<Case> list = {
        {"square first frame, provider crops", "frame-aspect-mismatch", true,
         [](Project &p, ProviderCapabilities &c) {
             c.models[0].referenceMustMatchSize = false;
             p.shots[0].referenceImage = QStringLiteral("refs/1a.png");
         },
         S::Hint, 0, "reference_image", QSize(1024, 1024)},
        {"1080p first frame for a 720p shot, provider scales", "frame-aspect-mismatch", false,
         [](Project &p, ProviderCapabilities &c) {
             c.models[0].referenceMustMatchSize = false;
             p.shots[0].referenceImage = QStringLiteral("refs/1a.png");
         },
         S::Hint, 0, "", QSize(1920, 1080)},

        // Last frames, chains and subject references (continuity).
        {"sora takes no last frame", "last-frame-unsupported", true,
         onShot(0, [](Shot &s) { s.lastFrame = QStringLiteral("refs/end.png"); }), S::Error, 0,
         "last_frame"},
        {"model takes a last frame", "last-frame-unsupported", false,
         [](Project &p, ProviderCapabilities &c) {
             c.models[0].lastFrame = true;
             p.shots[0].lastFrame = QStringLiteral("refs/end.png");
         }},
        {"portrait last frame", "last-frame-size-mismatch", true,
         [](Project &p, ProviderCapabilities &c) {
             c.models[0].lastFrame = true;
             p.shots[0].lastFrame = QStringLiteral("refs/end.png");
         },
         S::Error, 0, "last_frame", QSize(720, 1280)},
        {"last frame of the shot's size", "last-frame-size-mismatch", false,
         [](Project &p, ProviderCapabilities &c) {
             c.models[0].lastFrame = true;
             p.shots[0].lastFrame = QStringLiteral("refs/end.png");
         },
         S::Error, 0, "", QSize(1280, 720)},
        {"deleted first frame", "frame-unreadable", true,
         onShot(0, [](Shot &s) { s.referenceImage = QStringLiteral("refs/gone.png"); }), S::Error,
         0, "reference_image", QSize(0, 0)},
        {"readable first frame", "frame-unreadable", false,
         onShot(0, [](Shot &s) { s.referenceImage = QStringLiteral("refs/1a.png"); }), S::Error, 0,
         "", QSize(1280, 720)},
        {"60 megapixel last frame", "frame-too-large", true,
         [](Project &p, ProviderCapabilities &c) {
             c.models[0].lastFrame = true;
             p.shots[0].lastFrame = QStringLiteral("refs/huge.png");
         },
         S::Error, 0, "last_frame", QSize(10000, 6000)},
        {"4K first frame", "frame-too-large", false,
         onShot(0, [](Shot &s) { s.referenceImage = QStringLiteral("refs/1a.png"); }), S::Error, 0,
         "", QSize(3840, 2160)},
        {"chained shot on a text-only model", "chain-unsupported", true,
         [](Project &p, ProviderCapabilities &c) {
             for (ModelCapability &m : c.models)
                 m.firstFrame = false;
             p.shots[1].chainPrevious = true;
         },
         S::Error, 1, "chain_previous"},
        {"chained shot on sora", "chain-unsupported", false,
         onShot(1, [](Shot &s) { s.chainPrevious = true; })},
        {"first shot chained", "chain-without-previous", true,
         onShot(0, [](Shot &s) { s.chainPrevious = true; }), S::Error, 0, "chain_previous"},
        {"second shot chained", "chain-without-previous", false,
         onShot(1, [](Shot &s) { s.chainPrevious = true; })},
        {"chain into a portrait shot", "chain-size-mismatch", true,
         onShot(1,
                [](Shot &s) {
                    s.chainPrevious = true;
                    s.size = QStringLiteral("720x1280");
                }),
         S::Error, 1, "chain_previous"},
        {"chain between shots of one size", "chain-size-mismatch", false,
         onShot(1, [](Shot &s) { s.chainPrevious = true; })},
        {"chained shot with its own first frame", "chain-overrides-first-frame", true,
         onShot(1,
                [](Shot &s) {
                    s.chainPrevious = true;
                    s.referenceImage = QStringLiteral("refs/1b.png");
                }),
         S::Hint, 1, "reference_image"},
        {"unchained shot with a first frame", "chain-overrides-first-frame", false,
         onShot(1, [](Shot &s) { s.referenceImage = QStringLiteral("refs/1b.png"); })},
        {"cast pictures on sora", "references-not-sent", true,
         onProject([](Project &p) { p.cast[0].referenceImage = QStringLiteral("refs/mei.png"); }),
         S::Hint, 0, "cast"},
        {"more cast pictures than the model takes", "references-not-sent", true,
         [](Project &p, ProviderCapabilities &c) {
             c.models[0].maxReferenceImages = 1;
             p.cast[0].referenceImage = QStringLiteral("refs/mei.png");
             p.cast[1].referenceImage = QStringLiteral("refs/ken.png");
         },
         S::Warning, 1, "cast"},
        {"cast pictures within the model's references", "references-not-sent", false,
         [](Project &p, ProviderCapabilities &c) {
             c.models[0].maxReferenceImages = 3;
             p.cast[0].referenceImage = QStringLiteral("refs/mei.png");
             p.cast[1].referenceImage = QStringLiteral("refs/ken.png");
         }},
    };
    return list;
}

const QList<Case> &wordlessCases()
{
    using S = LintSeverity;
    static const QList<Case> list = {
        {"unknown model", "unknown-model", true,
         onShot(0, [](Shot &s) { s.model = QStringLiteral("veo-3"); }), S::Error, 0, "model"},
        {"known model", "unknown-model", false,
         onShot(0, [](Shot &s) { s.model = QStringLiteral("sora-2-pro"); })},
        {"7 seconds", "unsupported-duration", true,
         onShot(0, [](Shot &s) { s.durationSeconds = 7; }), S::Error, 0, "duration"},
        {"12 seconds", "unsupported-duration", false,
         onShot(0, [](Shot &s) { s.durationSeconds = 12; })},
        {"1024p on sora-2", "unsupported-size", true,
         onShot(0, [](Shot &s) { s.size = QStringLiteral("1792x1024"); }), S::Error, 0, "size"},
        {"1024p on sora-2-pro", "unsupported-size", false,
         onShot(0,
                [](Shot &s) {
                    s.model = QStringLiteral("sora-2-pro");
                    s.size = QStringLiteral("1792x1024");
                })},
        {"nothing to say", "empty-prompt", true, onShot(0, [](Shot &s) { s = Shot(); }), S::Error,
         0, ""},
        {"no framing", "missing-framing", true, onShot(0, [](Shot &s) { s.framing = {}; }),
         S::Warning, 0, "framing"},
        {"wide shot", "missing-framing", false,
         onShot(0, [](Shot &s) { s.framing = Framing::Wide; })},
        {"no depth of field", "missing-depth-of-field", true,
         onShot(1, [](Shot &s) { s.depthOfField = {}; }), S::Warning, 1, "depth_of_field"},
        {"deep focus", "missing-depth-of-field", false,
         onShot(1, [](Shot &s) { s.depthOfField = DepthOfField::Deep; })},
        {"no lighting anywhere", "missing-lighting", true,
         onShot(0, [](Shot &s) { s.lighting.clear(); }), S::Warning, 0, "lighting"},
        {"no palette anywhere", "missing-palette", true,
         onShot(0, [](Shot &s) { s.palette.clear(); }), S::Warning, 0, "palette"},
        {"no action beats", "missing-action-beats", true,
         onShot(1, [](Shot &s) { s.actionBeats = {QStringLiteral(" ")}; }), S::Warning, 1,
         "action_beats"},
        {"one beat left", "missing-action-beats", false,
         onShot(1, [](Shot &s) { s.actionBeats.removeLast(); })},
        {"two colours", "palette-size", true, onShot(0, [](Shot &s) { s.palette.removeLast(); }),
         S::Warning, 0, "palette"},
        {"two lines, one without speaker", "dialogue-unlabelled", true,
         onShot(1, [](Shot &s) { s.dialogue[1].speaker.clear(); }), S::Warning, 1,
         "dialogue[1].speaker"},
        {"one line, one person", "dialogue-unlabelled", false,
         onShot(0, [](Shot &s) { s.dialogue[0].speaker.clear(); })},
        {"six beats in four seconds", "too-many-action-beats", true,
         onShot(0, [](Shot &s) { s.actionBeats << s.actionBeats; }), S::Warning, 0, "action_beats"},
        {"four beats in four seconds", "too-many-action-beats", false,
         onShot(0, [](Shot &s) { s.actionBeats << s.actionBeats.first(); })},
        {"second shot cast in the first shot's light", "lighting-drift", false,
         [](Project &p, auto &) {
             p.shots[1].lighting = p.shots[0].lighting;
         }},
        {"cut to another scene", "palette-drift", false,
         onShot(1,
                [](Shot &s) {
                    s.sceneId = QStringLiteral("scene-2");
                    s.palette = {colour("#ff00ff"), colour("#00ff00"), colour("#000080")};
                })},
        {"model takes no reference", "reference-unsupported", true,
         [](Project &p, ProviderCapabilities &c) {
             c.models[0].firstFrame = false;
             p.shots[0].referenceImage = QStringLiteral("refs/1a.png");
         },
         S::Warning, 0, "reference_image"},
        {"model takes a first frame", "reference-unsupported", false,
         onShot(0, [](Shot &s) { s.referenceImage = QStringLiteral("refs/1a.png"); })},
        {"square frame for a 720p shot", "reference-size-mismatch", true,
         onShot(0, [](Shot &s) { s.referenceImage = QStringLiteral("refs/1a.png"); }), S::Error, 0,
         "reference_image", QSize(1024, 1024)},
        {"frame of the shot's size", "reference-size-mismatch", false,
         onShot(0, [](Shot &s) { s.referenceImage = QStringLiteral("refs/1a.png"); }), S::Error, 0,
         "", QSize(1280, 720)},
        {"no identity yet", "cast-identity-missing", true,
         onProject([](Project &p) { p.cast[0].identity = QStringLiteral("  "); }), S::Hint, 0,
         "cast[0]"},
        {"every cast member described", "cast-identity-missing", false,
         onShot(0, [](Shot &s) { s.castIds << QStringLiteral("cast-ken"); })},
        {"the script changed", "script-changed", true,
         onShot(1,
                [](Shot &s) {
                    s.scriptRef = ScriptRef{3, {}, {}, 2, QStringLiteral("x"), ScriptMark::Changed};
                }),
         S::Warning, 1, "action_beats"},
        {"from a script, unchanged", "script-changed", false,
         onShot(1,
                [](Shot &s) {
                    s.scriptRef = ScriptRef{3, {}, {}, 2, QStringLiteral("x"), ScriptMark::None};
                })},
        {"cut from the script", "cut-from-script", true,
         onShot(0,
                [](Shot &s) {
                    s.scriptRef = ScriptRef{1, {}, {}, 1, QStringLiteral("x"), ScriptMark::Cut};
                }),
         S::Warning, 0, "action_beats"},
        {"changed is not cut", "cut-from-script", false,
         onShot(0,
                [](Shot &s) {
                    s.scriptRef = ScriptRef{1, {}, {}, 1, QStringLiteral("x"), ScriptMark::Changed};
                })},
        // The circled take against the brief it was made from, in the brief's own language.
        {"an 8 s take circled on a shot now 4 s", "take-out-of-date", true,
         [](Project &p, ProviderCapabilities &) {
             circleTakeOf(p, p.shots[0]);
             p.shots[0].durationSeconds = 4;
             p.shots[0].takes[0].seconds = 8;
         },
         S::Warning, 0, ""},
        {"a take circled as the brief is", "take-out-of-date", false,
         [](Project &p, ProviderCapabilities &) {
             circleTakeOf(p, p.shots[0]);
         }},
    };
    return list;
}

/// Rows of a brief written in Chinese.
const QList<Case> &chineseCases()
{
    using S = LintSeverity;
    static const QList<Case> list = {
        {"一扇门。", "empty-prompt", false,
         onShot(0,
                [](Shot &s) {
                    s = Shot();
                    s.sceneProse = utf8("一扇门。");
                })},
        {"33,000 characters", "prompt-too-long", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("湿漉漉的柏油路，").repeated(4200); }),
         S::Error, 0, "scene_prose"},
        {"30,000 characters", "prompt-too-long", false,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("湿漉漉的柏油路，").repeated(3700); })},
        {"lighting from the style bible", "missing-lighting", false,
         [](Project &p, auto &) {
             p.shots[0].lighting.clear();
             p.shots[1].lighting.clear();
             p.style.lighting = utf8("灯笼的暖色逆光");
         }},
        {"palette from the style bible", "missing-palette", false,
         [](Project &p, auto &) {
             p.shots[0].palette.clear();
             p.style.palette = {colour("青绿"), colour("沙色"), colour("铁锈红")};
         }},
        {"青绿、沙色 in one row", "palette-size", true,
         onShot(0, [](Shot &s) { s.palette = {colour("青绿、沙色")}; }), S::Warning, 0, "palette"},
        {"青绿、沙色、铁锈红 in one row", "palette-size", false,
         onShot(0, [](Shot &s) { s.palette = {colour("青绿、沙色、铁锈红")}; })},
        {"青绿，沙色，铁锈红，墨黑 in one row", "palette-size", false,
         onShot(0, [](Shot &s) { s.palette = {colour("青绿，沙色，铁锈红，墨黑")}; })},
        {"一条美丽的街道", "vague-adjective", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("一条美丽的街道"); }), S::Warning, 0,
         "scene_prose"},
        {"人快速移动", "vague-adjective", true,
         onShot(0, [](Shot &s) { s.actionBeats[1] = utf8("人快速移动"); }), S::Warning, 0,
         "action_beats[1]"},
        {"很有电影感", "vague-adjective", true,
         onShot(0, [](Shot &s) { s.lensStyle = utf8("很有电影感"); }), S::Warning, 0, "lens_style"},
        {"电影感 in the mood is fine", "vague-adjective", false,
         onShot(1, [](Shot &s) { s.mood = utf8("电影感，紧张"); })},
        {"spoken 漂亮 is not checked", "vague-adjective", false,
         onShot(0, [](Shot &s) { s.dialogue[0].line = utf8("今晚真漂亮。"); })},
        {"演员走过房间", "uncountable-action", true,
         onShot(0, [](Shot &s) { s.actionBeats[1] = utf8("演员走过房间"); }), S::Warning, 0,
         "action_beats[1]"},
        {"人快速移动, concise", "uncountable-action", true,
         onShot(0,
                [](Shot &s) {
                    s.strategy = PromptStrategy::Concise;
                    s.actionBeats[1] = utf8("人快速移动");
                }),
         S::Hint, 0, "action_beats[1]"},
        {"骑车人蹬三下踏板，刹车，停在斑马线前", "uncountable-action", false,
         onShot(0,
                [](Shot &s) { s.actionBeats[1] = utf8("骑车人蹬三下踏板，刹车，停在斑马线前"); })},
        {"走四步到窗前，停下，在最后一秒拉上窗帘", "uncountable-action", false,
         onShot(
             0,
             [](Shot &s) { s.actionBeats[1] = utf8("走四步到窗前，停下，在最后一秒拉上窗帘"); })},
        {"站在走廊里 is no movement", "uncountable-action", false,
         onShot(0, [](Shot &s) { s.actionBeats[1] = utf8("小梅站在走廊里"); })},
        {"时长8秒", "container-in-prompt", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("夜市小巷，时长8秒"); }), S::Warning, 0,
         "scene_prose"},
        {"4K画质", "container-in-prompt", true,
         onShot(0, [](Shot &s) { s.lensStyle = utf8("变形宽银幕镜头，4K画质"); }), S::Warning, 0,
         "lens_style"},
        {"16:9宽屏", "container-in-prompt", true,
         onShot(1, [](Shot &s) { s.actionBeats << utf8("16:9宽屏构图"); }), S::Warning, 1,
         "action_beats[2]"},
        {"竖屏", "container-in-prompt", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("竖屏拍摄的夜市小巷"); }), S::Warning, 0,
         "scene_prose"},
        {"1080p", "container-in-prompt", true,
         onShot(0, [](Shot &s) { s.lighting = utf8("灯笼逆光，1080p"); }), S::Warning, 0,
         "lighting"},
        {"停顿两秒, 第3秒 is timing", "container-in-prompt", false,
         onShot(0,
                [](Shot &s) {
                    s.actionBeats[1] = utf8("停顿两秒");
                    s.actionBeats[2] = utf8("在第3秒抬起下巴，墙上的钟指着10:30");
                })},
        {"先推轨，然后向左摇镜", "too-many-camera-moves", true,
         onShot(0,
                [](Shot &s) { s.movement = MovementTerm::fromText(utf8("先推轨，然后向左摇镜")); }),
         S::Warning, 0, "movement"},
        {"dolly plus 镜头向左摇 in a beat", "too-many-camera-moves", true,
         onShot(0, [](Shot &s) { s.actionBeats << utf8("镜头向左摇到灯笼"); }), S::Warning, 0,
         "movement"},
        {"one move and 推开门", "too-many-camera-moves", false,
         onShot(0, [](Shot &s) { s.actionBeats[1] = utf8("小梅推开门"); })},
        {"one custom move 缓慢推轨", "too-many-camera-moves", false,
         onShot(0, [](Shot &s) { s.movement = MovementTerm::fromText(utf8("缓慢推轨")); })},
        {"a long line in four seconds", "dialogue-too-long", true,
         onShot(0,
                [](Shot &s) {
                    s.dialogue[0].line =
                        utf8("这么多年你一直开着这个面摊，即使市场关了，你还在这里");
                }),
         S::Warning, 0, "dialogue"},
        {"three lines in four seconds", "dialogue-too-long", true,
         onShot(0,
                [](Shot &s) {
                    s.dialogue << DialogueLine{utf8("小梅"), utf8("嗨。")}
                               << DialogueLine{utf8("小梅"), utf8("在吗？")};
                }),
         S::Warning, 0, "dialogue"},
        {"十六个字 in four seconds", "dialogue-too-long", false,
         onShot(0,
                [](Shot &s) { s.dialogue[0].line = utf8("这么多年了，你还一直开着这个面摊。"); })},
        {"老陈 named but not cast", "cast-not-in-shot", true,
         onShot(0, [](Shot &s) { s.sceneProse += utf8("老陈在摊后看着。"); }), S::Warning, 0,
         "scene_prose"},
        {"老陈 speaks but is not cast", "cast-not-in-shot", true,
         onShot(0,
                [](Shot &s) {
                    s.dialogue << DialogueLine{utf8("老陈"), utf8("晚了。")};
                }),
         S::Warning, 0, "dialogue[1].speaker"},
        {"老陈 cast and named", "cast-not-in-shot", false,
         onShot(0,
                [](Shot &s) {
                    s.castIds << QStringLiteral("cast-ken");
                    s.sceneProse += utf8("老陈在摊后看着。");
                })},
        {"小梅穿着红裙子", "cast-redefined", true,
         onShot(0, [](Shot &s) { s.actionBeats[0] = utf8("小梅穿着红裙子走向面摊"); }), S::Warning,
         0, "action_beats[0]"},
        {"a vendor's apron", "cast-redefined", false,
         onShot(0, [](Shot &s) { s.sceneProse += utf8("一个穿着红围裙的摊贩在吆喝。"); })},
        {"warm lanterns to cold tubes", "lighting-drift", true,
         onShot(1, [](Shot &s) { s.lighting = utf8("头顶冰冷的荧光灯管"); }), S::Warning, 1,
         "lighting"},
        {"same light, refined", "lighting-drift", false,
         onShot(1, [](Shot &s) { s.lighting = utf8("灯笼暖色逆光，柔和轮廓光，薄雾"); })},
        {"new colours", "palette-drift", true,
         onShot(1,
                [](Shot &s) {
                    s.palette = {colour("品红"), colour("青柠绿"), colour("藏青")};
                }),
         S::Warning, 1, "palette"},
        {"one colour swapped, in one row", "palette-drift", false,
         onShot(1, [](Shot &s) { s.palette = {colour("青绿、沙色、琥珀")}; })},
        {"成龙", "real-person", true,
         onShot(1, [](Shot &s) { s.actionBeats << utf8("成龙从屋顶跳下"); }), S::Warning, 1,
         "action_beats[2]"},
        {"a nimble cook", "real-person", false,
         onShot(0, [](Shot &s) { s.sceneProse += utf8("一个手脚麻利的厨师。"); })},
        {"皮卡丘", "copyrighted-character", true,
         onShot(0, [](Shot &s) { s.sceneProse += utf8("摊位上挂着一个皮卡丘玩偶。"); }), S::Warning,
         0, "scene_prose"},
        {"a yellow mouse plush", "copyrighted-character", false,
         onShot(0, [](Shot &s) { s.sceneProse += utf8("摊位上挂着一个黄色老鼠玩偶。"); })},
    };
    return list;
}

/// Rows of a brief written in Japanese.
const QList<Case> &japaneseCases()
{
    using S = LintSeverity;
    static const QList<Case> list = {
        {"ドアがひとつ。", "empty-prompt", false,
         onShot(0,
                [](Shot &s) {
                    s = Shot();
                    s.sceneProse = utf8("ドアがひとつ。");
                })},
        {"33,000 characters", "prompt-too-long", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("濡れたアスファルト、").repeated(3400); }),
         S::Error, 0, "scene_prose"},
        {"30,000 characters", "prompt-too-long", false,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("濡れたアスファルト、").repeated(3000); })},
        {"lighting from the style bible", "missing-lighting", false,
         [](Project &p, auto &) {
             p.shots[0].lighting.clear();
             p.shots[1].lighting.clear();
             p.style.lighting = utf8("提灯の暖かい逆光");
         }},
        {"palette from the style bible", "missing-palette", false,
         [](Project &p, auto &) {
             p.shots[0].palette.clear();
             p.style.palette = {colour("青緑"), colour("砂色"), colour("錆色")};
         }},
        {"青緑、砂色 in one row", "palette-size", true,
         onShot(0, [](Shot &s) { s.palette = {colour("青緑、砂色")}; }), S::Warning, 0, "palette"},
        {"青緑、砂色、錆色 in one row", "palette-size", false,
         onShot(0, [](Shot &s) { s.palette = {colour("青緑、砂色、錆色")}; })},
        {"美しい夜の街", "vague-adjective", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("美しい夜の街"); }), S::Warning, 0,
         "scene_prose"},
        {"素早く動き回る", "vague-adjective", true,
         onShot(0, [](Shot &s) { s.actionBeats[1] = utf8("美咲が素早く動き回る"); }), S::Warning, 0,
         "action_beats[1]"},
        {"映画のような照明", "vague-adjective", true,
         onShot(0, [](Shot &s) { s.lighting = utf8("映画のような照明"); }), S::Warning, 0,
         "lighting"},
        {"映画的 in the mood is fine", "vague-adjective", false,
         onShot(1, [](Shot &s) { s.mood = utf8("映画的で張りつめた"); })},
        {"spoken きれい is not checked", "vague-adjective", false,
         onShot(0, [](Shot &s) { s.dialogue[0].line = utf8("きれいな夜。"); })},
        {"俳優が部屋を横切る", "uncountable-action", true,
         onShot(0, [](Shot &s) { s.actionBeats[1] = utf8("俳優が部屋を横切る"); }), S::Warning, 0,
         "action_beats[1]"},
        {"歩き回る, concise", "uncountable-action", true,
         onShot(0,
                [](Shot &s) {
                    s.strategy = PromptStrategy::Concise;
                    s.actionBeats[1] = utf8("美咲が市場を歩く");
                }),
         S::Hint, 0, "action_beats[1]"},
        {"窓まで四歩進み、立ち止まり、最後の一秒でカーテンを引く", "uncountable-action", false,
         onShot(0,
                [](Shot &s) {
                    s.actionBeats[1] =
                        utf8("窓まで四歩進み、立ち止まり、最後の一秒でカーテンを引く");
                })},
        {"ペダルを三回こぎ、横断歩道で止まる", "uncountable-action", false,
         onShot(0,
                [](Shot &s) {
                    s.actionBeats[1] = utf8("自転車の男がペダルを三回こぎ、横断歩道で止まる");
                })},
        {"尺は8秒", "container-in-prompt", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("夜市の路地、尺は8秒"); }), S::Warning, 0,
         "scene_prose"},
        {"8秒の動画", "container-in-prompt", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("夜の市場の8秒の動画"); }), S::Warning, 0,
         "scene_prose"},
        {"縦型", "container-in-prompt", true,
         onShot(1, [](Shot &s) { s.actionBeats << utf8("縦型の構図"); }), S::Warning, 1,
         "action_beats[2]"},
        {"4K画質", "container-in-prompt", true,
         onShot(0, [](Shot &s) { s.lensStyle = utf8("アナモルフィック、4K"); }), S::Warning, 0,
         "lens_style"},
        {"2秒間 is timing", "container-in-prompt", false,
         onShot(0, [](Shot &s) { s.actionBeats[1] = utf8("2秒間立ち止まる"); })},
        {"ドリーインしてから左へパン", "too-many-camera-moves", true,
         onShot(0,
                [](Shot &s) {
                    s.movement = MovementTerm::fromText(utf8("ドリーインしてから左へパン"));
                }),
         S::Warning, 0, "movement"},
        {"dolly plus カメラが左へパン in a beat", "too-many-camera-moves", true,
         onShot(0, [](Shot &s) { s.actionBeats << utf8("カメラが提灯へパンする"); }), S::Warning, 0,
         "movement"},
        {"static, カメラが健二へパン once", "too-many-camera-moves", false,
         onShot(1, [](Shot &s) { s.actionBeats << utf8("カメラが健二へパンする"); })},
        {"a long line in four seconds", "dialogue-too-long", true,
         onShot(0,
                [](Shot &s) {
                    s.dialogue[0].line = utf8("市場がなくなってもずっとこの屋台を開けてたんだね。");
                }),
         S::Warning, 0, "dialogue"},
        {"twenty characters in four seconds", "dialogue-too-long", false,
         onShot(0,
                [](Shot &s) {
                    s.dialogue[0].line = utf8("市場がなくなっても、まだ開けてたんだね。");
                })},
        {"健二 named but not cast", "cast-not-in-shot", true,
         onShot(0, [](Shot &s) { s.sceneProse += utf8("健二が屋台から見ている。"); }), S::Warning,
         0, "scene_prose"},
        {"健二 cast and named", "cast-not-in-shot", false,
         onShot(0,
                [](Shot &s) {
                    s.castIds << QStringLiteral("cast-ken");
                    s.sceneProse += utf8("健二が屋台から見ている。");
                })},
        {"美咲 in a red dress", "cast-redefined", true,
         onShot(0, [](Shot &s) { s.sceneProse += utf8("美咲は赤いドレスを着て待つ。"); }),
         S::Warning, 0, "scene_prose"},
        {"a vendor's apron", "cast-redefined", false,
         onShot(0, [](Shot &s) { s.sceneProse += utf8("エプロンを着た店主が叫ぶ。"); })},
        {"warm lanterns to cold tubes", "lighting-drift", true,
         onShot(1, [](Shot &s) { s.lighting = utf8("頭上の冷たい蛍光灯"); }), S::Warning, 1,
         "lighting"},
        {"same light, refined", "lighting-drift", false,
         onShot(
             1,
             [](Shot &s) { s.lighting = utf8("提灯の暖かい逆光、柔らかなリムライト、薄い霞"); })},
        {"new colours", "palette-drift", true,
         onShot(1,
                [](Shot &s) {
                    s.palette = {colour("マゼンタ"), colour("ライム"), colour("紺")};
                }),
         S::Warning, 1, "palette"},
        {"one colour swapped, in one row", "palette-drift", false,
         onShot(1, [](Shot &s) { s.palette = {colour("青緑、砂色、琥珀色")}; })},
        {"木村拓哉", "real-person", true,
         onShot(0, [](Shot &s) { s.sceneProse += utf8("木村拓哉がラーメンを食べる。"); }),
         S::Warning, 0, "scene_prose"},
        {"a deft cook", "real-person", false,
         onShot(0, [](Shot &s) { s.sceneProse += utf8("手際のいい料理人。"); })},
        {"ドラえもん", "copyrighted-character", true,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("ドラえもんの人形が棚にある"); }), S::Warning,
         0, "scene_prose"},
        {"a blue cat doll", "copyrighted-character", false,
         onShot(0, [](Shot &s) { s.sceneProse = utf8("青い猫の人形が棚にある"); })},
    };
    return list;
}

/// Every row of the table in one language: its own rows, and the wordless ones for the
/// brief in Chinese and Japanese (the English table has them already).
QList<Case> casesIn(Language language)
{
    switch (language) {
    case Language::Chinese:
        return wordlessCases() + chineseCases() + pictureCases();
    case Language::Japanese:
        return wordlessCases() + japaneseCases() + pictureCases();
    case Language::English:
        break;
    }
    return cases() + pictureCases();
}

const QList<Language> AllLanguages = {Language::English, Language::Chinese, Language::Japanese};

} // namespace
Q_DECLARE_METATYPE(Language)

void tst_Linter::cleanProjectHasNoFindings_data()
{
    QTest::addColumn<Language>("language");
    for (Language language : AllLanguages)
        QTest::newRow(qPrintable(languageName(language))) << language;
}

void tst_Linter::cleanProjectHasNoFindings()
{
    QFETCH(Language, language);
    const QList<LintFinding> findings = lintProject(cleanProject(language));
    QStringList text;
    for (const LintFinding &finding : findings)
        text << finding.ruleId + QLatin1Char(' ') + finding.field + QLatin1String(": ") +
                    finding.message;
    QVERIFY2(findings.isEmpty(), qPrintable(text.join(QLatin1Char('\n'))));
}

void tst_Linter::rules_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<LintSeverity>("severity");
    QTest::addColumn<int>("shot");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QSize>("imageSize");
    QTest::addColumn<Language>("language");
    for (Language language : AllLanguages) {
        for (const Case &c : casesIn(language)) {
            const QString row = languageName(language) + QLatin1Char(' ') + QLatin1String(c.rule) +
                                (c.fires ? QLatin1String(" fires: ") : QLatin1String(" quiet: ")) +
                                QString::fromUtf8(c.name);
            QTest::newRow(qPrintable(row))
                << QString::fromLatin1(c.rule) << c.fires << c.mutate << c.severity << c.shot
                << QString::fromLatin1(c.field) << c.imageSize << language;
        }
    }
}

void tst_Linter::rules()
{
    QFETCH(QString, rule);
    QFETCH(bool, fires);
    QFETCH(Mutation, mutate);
    QFETCH(LintSeverity, severity);
    QFETCH(int, shot);
    QFETCH(QString, field);
    QFETCH(QSize, imageSize);
    QFETCH(Language, language);

    Project project = cleanProject(language);
    ProviderCapabilities capabilities = ProviderCapabilities::openAiVideos();
    mutate(project, capabilities);
    QStringList asked;
    ImageSizeProvider provider;
    if (imageSize.isValid()) {
        provider = [&asked, imageSize](const QString &path) {
            asked << path;
            return imageSize;
        };
    }
    const QList<LintFinding> findings = lintProject(project, capabilities, provider);
    QList<LintFinding> matching;
    QStringList all;
    for (const LintFinding &finding : findings) {
        all << QStringLiteral("%1 [%2] shot %3 %4: %5")
                   .arg(finding.ruleId, lintSeverityKey(finding.severity))
                   .arg(finding.shotIndex)
                   .arg(finding.field, finding.message);
        if (finding.ruleId == rule)
            matching << finding;
    }
    const QString report = all.join(QLatin1Char('\n'));
    if (!fires) {
        QVERIFY2(matching.isEmpty(), qPrintable(QStringLiteral("should stay quiet:\n") + report));
        return;
    }
    // A project-wide cause may fire on several shots; the expected shot has it exactly once.
    QList<LintFinding> onShot;
    for (const LintFinding &finding : std::as_const(matching)) {
        if (finding.shotIndex == shot)
            onShot << finding;
    }
    QVERIFY2(onShot.size() == 1,
             qPrintable(QStringLiteral("expected one finding on shot %1:\n").arg(shot) + report));
    const LintFinding &finding = onShot.constFirst();
    QCOMPARE(lintSeverityKey(finding.severity), lintSeverityKey(severity));
    QCOMPARE(finding.shotIndex, shot);
    QCOMPARE(finding.shotId, shot >= 0 ? project.shots.at(shot).id : QString());
    QCOMPARE(finding.field, field);
    QVERIFY2(!finding.message.isEmpty(), "no message");
    QVERIFY2(!finding.advice.isEmpty(), "no advice");
    if (rule == QLatin1String("reference-size-mismatch"))
        QVERIFY2(!asked.isEmpty() && asked.constFirst().startsWith(QLatin1String("refs/")),
                 "the image size provider was not asked with the stored relative path");
}

void tst_Linter::everyRuleFiresAndStaysQuietSomewhere_data()
{
    cleanProjectHasNoFindings_data();
}

void tst_Linter::everyRuleFiresAndStaysQuietSomewhere()
{
    QFETCH(Language, language);
    QSet<QString> firing;
    QSet<QString> quiet;
    QSet<QString> names;
    for (const Case &c : casesIn(language)) {
        const QString name = QLatin1String(c.rule) + QString::fromUtf8(c.name);
        QVERIFY2(!names.contains(name), qPrintable(name + QLatin1String(" twice")));
        names.insert(name);
        const QString rule = QString::fromLatin1(c.rule);
        QVERIFY2(lintRuleIds().contains(rule), c.rule);
        (c.fires ? firing : quiet).insert(rule);
    }
    for (const QString &rule : lintRuleIds()) {
        QVERIFY2(firing.contains(rule), qPrintable(rule +
                                                   QLatin1String(" has no test where it "
                                                                 "fires in ") +
                                                   languageName(language)));
        QVERIFY2(quiet.contains(rule),
                 qPrintable(rule + QLatin1String(" has no test where it must not fire in ") +
                            languageName(language)));
    }
}

void tst_Linter::dialogueRatesPerLanguage_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<bool>("fires");
    QTest::addColumn<QString>("message");
    // Chinese at 4 characters a second: 16 fit in 4 seconds, 17 do not; punctuation is free.
    QTest::newRow("zh 16 characters")
        << utf8("这么多年了，你还一直开着这个面摊。") << 4 << false << QString();
    QTest::newRow("zh 17 characters")
        << utf8("这么多年了，你竟然还一直开着这个面摊") << 4 << true
        << QStringLiteral("About 17 characters of dialogue in a 4-second clip; it holds about 16.");
    QTest::newRow("zh 17 characters in 8 s")
        << utf8("这么多年了，你竟然还一直开着这个面摊") << 8 << false << QString();
    // Japanese at 5 characters a second: 20 fit in 4 seconds, 21 do not.
    QTest::newRow("ja 20 characters")
        << utf8("市場がなくなっても、まだ店を開けてたんだね。") << 4 << false << QString();
    QTest::newRow("ja 24 characters")
        << utf8("市場がなくなっても、ずっとこの屋台を開けてたんだね。") << 4 << true
        << QStringLiteral("About 24 characters of dialogue in a 4-second clip; it holds about 20.");
    // English at 3 words a second.
    QTest::newRow("en 12 words")
        << QStringLiteral("You kept the stall open all these years, even after they left.") << 4
        << false << QString();
    QTest::newRow("en 13 words")
        << QStringLiteral("You kept the stall open all these years, even after they all left.") << 4
        << true
        << QStringLiteral("About 13 words of dialogue in a 4-second clip; it holds about 12.");
}

void tst_Linter::dialogueRatesPerLanguage()
{
    QFETCH(QString, line);
    QFETCH(int, seconds);
    QFETCH(bool, fires);
    QFETCH(QString, message);
    Project project = cleanProject();
    project.shots[0].dialogue = {{QStringLiteral("Mei"), line}};
    project.shots[0].durationSeconds = seconds;
    QStringList messages;
    for (const LintFinding &finding : lintShot(project, 0)) {
        if (finding.ruleId == QLatin1String("dialogue-too-long"))
            messages << finding.message;
    }
    QCOMPARE(messages.size(), fires ? 1 : 0);
    if (fires)
        QCOMPARE(messages.constFirst(), message);
}

void tst_Linter::theIssuesExamplesAreFound()
{
    // Issue #22: a Chinese action beat and container words in the scene description.
    Project project = cleanProject(Language::Chinese);
    project.shots[0].actionBeats[1] = utf8("人快速移动");
    project.shots[0].sceneProse = utf8("时长8秒，4K画质，16:9宽屏");
    QStringList found;
    for (const LintFinding &finding : lintShot(project, 0))
        found << finding.ruleId + QLatin1Char(' ') + finding.field;
    found.sort();
    QCOMPARE(found,
             (QStringList{"container-in-prompt scene_prose", "uncountable-action action_beats[1]",
                          "vague-adjective action_beats[1]"}));
    // Each container word on its own.
    for (const char *words : {"时长8秒", "4K画质", "16:9宽屏"}) {
        project.shots[0].sceneProse = utf8(words);
        bool container = false;
        for (const LintFinding &finding : lintShot(project, 0))
            container = container || finding.ruleId == QLatin1String("container-in-prompt");
        QVERIFY2(container, words);
    }
}

void tst_Linter::ruleIdsAndTitles()
{
    const QStringList ids = lintRuleIds();
    QVERIFY2(ids.size() >= 20, qPrintable(QString::number(ids.size())));
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    for (const char *required :
         {"missing-framing", "missing-depth-of-field", "missing-lighting", "missing-palette",
          "missing-action-beats", "vague-adjective", "too-many-camera-moves", "palette-size",
          "dialogue-too-long", "container-in-prompt", "cast-not-in-shot", "cast-redefined",
          "lighting-drift", "palette-drift", "prompt-too-long", "reference-size-mismatch",
          "real-person", "copyrighted-character", "unsupported-duration"})
        QVERIFY2(ids.contains(QLatin1String(required)), required);
    for (const QString &id : ids) {
        QVERIFY2(!lintRuleTitle(id).isEmpty(), qPrintable(id));
        QVERIFY2(!lintRuleAdvice(id).isEmpty(), qPrintable(id));
        static const QRegularExpression idPattern(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
        QVERIFY2(idPattern.match(id).hasMatch(), qPrintable(id));
    }
    QCOMPARE(lintRuleTitle(QStringLiteral("no-such-rule")), QString());
}

void tst_Linter::severityKeys()
{
    QCOMPARE(lintSeverityKey(LintSeverity::Hint), QStringLiteral("hint"));
    QCOMPARE(lintSeverityKey(LintSeverity::Warning), QStringLiteral("warning"));
    QCOMPARE(lintSeverityKey(LintSeverity::Error), QStringLiteral("error"));
}

void tst_Linter::conciseShotsGetHintsForMissingEssentials()
{
    Project project;
    Shot shot;
    shot.id = QStringLiteral("s");
    shot.sceneProse = QStringLiteral("Dawn over a fishing harbour.");
    project.shots << shot;
    const QStringList essentials = {"missing-framing", "missing-depth-of-field", "missing-lighting",
                                    "missing-palette", "missing-action-beats"};
    for (PromptStrategy strategy : {PromptStrategy::Detailed, PromptStrategy::Concise}) {
        project.shots[0].strategy = strategy;
        const LintSeverity expected =
            strategy == PromptStrategy::Concise ? LintSeverity::Hint : LintSeverity::Warning;
        QStringList seen;
        for (const LintFinding &finding : lintShot(project, 0)) {
            if (!essentials.contains(finding.ruleId))
                continue;
            seen << finding.ruleId;
            QCOMPARE(lintSeverityKey(finding.severity), lintSeverityKey(expected));
        }
        QCOMPARE(seen, essentials);
    }
}

void tst_Linter::promptLimitFollowsCapability()
{
    const Project project = cleanProject();
    ProviderCapabilities capabilities = ProviderCapabilities::openAiVideos();
    const auto fires = [&] {
        for (const LintFinding &finding : lintShot(project, 0, capabilities)) {
            if (finding.ruleId == QLatin1String("prompt-too-long"))
                return true;
        }
        return false;
    };
    QVERIFY2(!fires(), "a short prompt is over 32,000 characters?");
    capabilities.models[0].maxPromptChars = 100;
    QVERIFY2(fires(), "the model's own limit of 100 characters was ignored");
    capabilities.models[0].maxPromptChars = 0; // no limit known
    QVERIFY(!fires());
}

void tst_Linter::styleBibleWordsReportedOnceAtProjectLevel()
{
    Project project = cleanProject();
    project.style.lighting = QStringLiteral("beautiful light, 4K");
    project.style.mood = QStringLiteral("cinematic");
    const QList<LintFinding> findings = lintProject(project);
    QStringList rules;
    for (const LintFinding &finding : findings) {
        QCOMPARE(finding.shotIndex, -1);
        QCOMPARE(finding.shotId, QString());
        QCOMPARE(finding.field, QStringLiteral("style.lighting"));
        rules << finding.ruleId;
    }
    QCOMPARE(rules, (QStringList{"vague-adjective", "container-in-prompt"}));
}

void tst_Linter::lintProjectIsEveryShotLinted()
{
    Project project = cleanProject();
    project.shots[0].framing = {};
    project.shots[1].lighting = QStringLiteral("cold overhead fluorescent tubes");
    project.shots << project.shots[0];
    project.shots[2].id = QStringLiteral("shot-3");
    QList<LintFinding> perShot;
    for (int i = 0; i < project.shots.size(); ++i)
        perShot << lintShot(project, i);
    QVERIFY(perShot.size() >= 4);
    QCOMPARE(lintProject(project), perShot);
}

void tst_Linter::outOfRangeShotIndexGivesNothing()
{
    QVERIFY(lintShot(cleanProject(), 5).isEmpty());
    QVERIFY(lintShot(cleanProject(), -1).isEmpty());
}

void tst_Linter::findingsNameShotAndAdvice()
{
    Project project = cleanProject();
    project.shots[1].sceneProse = QStringLiteral("A beautiful, amazing stall; a beautiful night.");
    const QList<LintFinding> findings = lintShot(project, 1);
    QCOMPARE(findings.size(), 1);
    const LintFinding &finding = findings.constFirst();
    QCOMPARE(finding.shotId, QStringLiteral("shot-2"));
    QCOMPARE(finding.shotIndex, 1);
    // Each word once, in the order written.
    QVERIFY2(finding.message.startsWith(QLatin1String("\"beautiful\", \"amazing\" ")),
             qPrintable(finding.message));
    QVERIFY2(finding.advice.contains(QLatin1String("wet asphalt")), qPrintable(finding.advice));
}

namespace {

/// Marks every string of the linter's context, to prove that messages go through translate().
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "ShotBrief::Linter") != 0)
            return QString();
        return QLatin1String("[xx] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void tst_Linter::messagesAreTranslated()
{
    Project project = cleanProject();
    project.shots[0].framing = {};
    project.shots[1].sceneProse = QStringLiteral("A beautiful stall.");
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QList<LintFinding> findings = lintProject(project);
    const QString title = lintRuleTitle(QStringLiteral("missing-framing"));
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(findings.size(), 2);
    for (const LintFinding &finding : findings) {
        QVERIFY2(finding.message.startsWith(QLatin1String("[xx] ")), qPrintable(finding.message));
        QVERIFY2(finding.advice.startsWith(QLatin1String("[xx] ")), qPrintable(finding.advice));
    }
    QCOMPARE(title, QStringLiteral("[xx] Framing is missing"));
    QCOMPARE(lintRuleTitle(QStringLiteral("missing-framing")),
             QStringLiteral("Framing is missing"));
}

void tst_Linter::vagueAdviceFitsTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");  // a word the advice must have
    QTest::addColumn<QString>("forbidden"); // an example from another field
    QTest::newRow("lens") << QStringLiteral("lens_style") << QStringLiteral("lens")
                          << QStringLiteral("asphalt");
    QTest::newRow("lighting") << QStringLiteral("lighting") << QStringLiteral("light")
                              << QStringLiteral("asphalt");
    QTest::newRow("prose") << QStringLiteral("scene_prose") << QStringLiteral("asphalt")
                           << QStringLiteral("anamorphic");
}

void tst_Linter::vagueAdviceFitsTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QFETCH(QString, forbidden);
    Project project = cleanProject();
    Shot &shot = project.shots[0];
    if (field == QLatin1String("lens_style"))
        shot.lensStyle = QStringLiteral("stunning glass");
    else if (field == QLatin1String("lighting"))
        shot.lighting = QStringLiteral("stunning light");
    else
        shot.sceneProse = QStringLiteral("A stunning street.");
    const QList<LintFinding> findings = lintShot(project, 0);
    const auto vague = std::find_if(findings.cbegin(), findings.cend(), [](const LintFinding &f) {
        return f.ruleId == QLatin1String("vague-adjective");
    });
    QVERIFY(vague != findings.cend());
    QCOMPARE(vague->field, field);
    QVERIFY2(vague->advice.contains(expected, Qt::CaseInsensitive), qPrintable(vague->advice));
    QVERIFY2(!vague->advice.contains(forbidden, Qt::CaseInsensitive), qPrintable(vague->advice));
}

void tst_Linter::fieldsAreNamedInWords_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("name");
    QTest::newRow("shot") << QStringLiteral("scene_prose") << QStringLiteral("Scene description");
    QTest::newRow("beat") << QStringLiteral("action_beats[0]") << QStringLiteral("Action beat 1");
    QTest::newRow("style") << QStringLiteral("style.lens_style")
                           << QStringLiteral("Style bible: Lens/style");
    QTest::newRow("format") << QStringLiteral("format.model")
                            << QStringLiteral("Project default: Model");
    QTest::newRow("speaker") << QStringLiteral("dialogue[1].speaker")
                             << QStringLiteral("Dialogue line 2, speaker");
}

void tst_Linter::fieldsAreNamedInWords()
{
    QFETCH(QString, field);
    QFETCH(QString, name);
    QCOMPARE(lintFieldName(field), name);
}

void tst_Linter::oddTextNeverBreaksTheLinter()
{
    // Fixed seed: random text mixing CJK, accents, surrogates, separators and the words the
    // rules look for. Every finding must still be well-formed and point inside the project.
    QRandomGenerator random(20261125);
    const QStringList pieces = {QStringLiteral("Mei"),         QStringLiteral("Ken"),
                                QString::fromUtf8("小梅"),     QStringLiteral("nice"),
                                QStringLiteral("Venice"),      QStringLiteral("high quality"),
                                QStringLiteral("4K"),          QStringLiteral("16:9"),
                                QStringLiteral("wearing"),     QStringLiteral("hair"),
                                QStringLiteral("camera pans"), QString::fromUtf8("美丽"),
                                QString::fromUtf8("ÉÀ"),       QString(QChar(0xd83c)),
                                QString(QChar(0xdfa5)),        QString(QChar(0x1f)),
                                QStringLiteral("\n"),          QStringLiteral(". "),
                                QStringLiteral(" "),           QStringLiteral("-"),
                                QString::fromUtf8("。"),       QStringLiteral("Taylor Swift")};
    const auto randomText = [&] {
        QString text;
        const int count = random.bounded(12);
        for (int i = 0; i < count; ++i)
            text += pieces.at(random.bounded(pieces.size()));
        return text;
    };
    for (int round = 0; round < 200; ++round) {
        Project project = cleanProject();
        for (Shot &shot : project.shots) {
            shot.sceneProse = randomText();
            shot.lighting = randomText();
            shot.framing = FramingTerm::fromText(randomText());
            shot.movement = MovementTerm::fromText(randomText());
            shot.actionBeats = {randomText(), randomText()};
            shot.dialogue = {{randomText(), randomText()}};
            shot.palette = {colour("teal"), PaletteColor{randomText(), QString()}};
            shot.durationSeconds = random.bounded(-2, 30);
        }
        project.cast[0].name = randomText();
        project.style.lighting = randomText();
        const QList<LintFinding> findings = lintProject(project);
        for (const LintFinding &finding : findings) {
            QVERIFY2(lintRuleIds().contains(finding.ruleId), qPrintable(finding.ruleId));
            QVERIFY2(!finding.message.isEmpty(), qPrintable(finding.ruleId));
            QVERIFY(finding.shotIndex >= -1 && finding.shotIndex < project.shots.size());
        }
    }
}

QTEST_GUILESS_MAIN(tst_Linter)
#include "tst_linter.moc"
