// SPDX-License-Identifier: MIT
#include "prompt/linter.h"

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
    void cleanProjectHasNoFindings();
    void rules_data();
    void rules();
    void everyRuleFiresAndStaysQuietSomewhere();
    void ruleIdsAndTitles();
    void severityKeys();
    void conciseShotsGetHintsForMissingEssentials();
    void promptLimitFollowsCapability();
    void styleBibleWordsReportedOnceAtProjectLevel();
    void lintProjectIsEveryShotLinted();
    void outOfRangeShotIndexGivesNothing();
    void findingsNameShotAndAdvice();
    void messagesAreTranslated();
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

/// Two well-written shots of one scene: the linter has nothing to say about them.
Project cleanProject()
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
        {"cinematic mood is fine", "vague-adjective", false,
         onShot(1, [](Shot &s) { s.mood = QStringLiteral("cinematic, epic and tense"); })},
        {"spoken words are not checked", "vague-adjective", false,
         onShot(0, [](Shot &s) { s.dialogue[0].line = QStringLiteral("Beautiful night."); })},

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
         onShot(0, [](Shot &s) { s.referenceImage = QStringLiteral("refs/1a.png"); }), S::Error,
         0, "", QSize(1280, 720)},
        {"60 megapixel last frame", "frame-too-large", true,
         [](Project &p, ProviderCapabilities &c) {
             c.models[0].lastFrame = true;
             p.shots[0].lastFrame = QStringLiteral("refs/huge.png");
         },
         S::Error, 0, "last_frame", QSize(10000, 6000)},
        {"4K first frame", "frame-too-large", false,
         onShot(0, [](Shot &s) { s.referenceImage = QStringLiteral("refs/1a.png"); }), S::Error,
         0, "", QSize(3840, 2160)},
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
        {"chain into a portrait shot", "chain-size-mismatch", true, onShot(1, [](Shot &s) {
             s.chainPrevious = true;
             s.size = QStringLiteral("720x1280");
         }),
         S::Error, 1, "chain_previous"},
        {"chain between shots of one size", "chain-size-mismatch", false,
         onShot(1, [](Shot &s) { s.chainPrevious = true; })},
        {"chained shot with its own first frame", "chain-overrides-first-frame", true,
         onShot(1, [](Shot &s) {
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
    };
    return list;
}

} // namespace

void tst_Linter::cleanProjectHasNoFindings()
{
    const QList<LintFinding> findings = lintProject(cleanProject());
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
    for (const Case &c : cases()) {
        const QString row = QLatin1String(c.rule) +
                            (c.fires ? QLatin1String(" fires: ") : QLatin1String(" quiet: ")) +
                            QString::fromUtf8(c.name);
        QTest::newRow(qPrintable(row))
            << QString::fromLatin1(c.rule) << c.fires << c.mutate << c.severity << c.shot
            << QString::fromLatin1(c.field) << c.imageSize;
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

    Project project = cleanProject();
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

void tst_Linter::everyRuleFiresAndStaysQuietSomewhere()
{
    QSet<QString> firing;
    QSet<QString> quiet;
    for (const Case &c : cases()) {
        const QString rule = QString::fromLatin1(c.rule);
        QVERIFY2(lintRuleIds().contains(rule), c.rule);
        (c.fires ? firing : quiet).insert(rule);
    }
    for (const QString &rule : lintRuleIds()) {
        QVERIFY2(firing.contains(rule),
                 qPrintable(rule + QLatin1String(" has no test where it fires")));
        QVERIFY2(quiet.contains(rule),
                 qPrintable(rule + QLatin1String(" has no test where it must not fire")));
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
