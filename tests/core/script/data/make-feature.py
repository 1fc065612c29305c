#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the feature-length test screenplay "The Last Ferry" (generated text, no rights):

    feature.fountain      190 scenes, 770 speeches, every Fountain construct the importer reads
    feature.fdx           the same script as Final Draft writes it
    feature-rev2.fountain a revised draft (lines reworded, a scene cut, scenes and lines added)
    feature-expected.txt  what the importer must find, in order: SCENE<TAB>heading and
                          SPEECH<TAB>speaker<TAB>dialogue lines

Deterministic: run it again and the files are the same. python3 make-feature.py
"""
import os
import random
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SCENES = 190
SPEECHES = 770

CHARACTERS = ["MEI", "JUN", "AUNTIE HUA", "DETECTIVE LIN", "OSCAR", "PRIYA", "CAPTAIN REYES",
              "NOOR", "TOMAS", "INES", "RAVI", "OLD MAN KO"]
OFFSCREEN = ["RADIO", "DISPATCHER"]
PLACES = ["FERRY TERMINAL", "FERRY DECK", "ENGINE ROOM", "HARBOUR WALL", "NOODLE STALL",
          "NIGHT MARKET LANE", "POLICE STATION", "INTERROGATION ROOM", "MEI'S APARTMENT",
          "JUN'S SCOOTER", "FISH MARKET", "LIGHTHOUSE", "BUS STATION", "HOSPITAL CORRIDOR",
          "ROOFTOP", "KARAOKE BAR", "TEMPLE COURTYARD", "CONTAINER YARD", "CAPTAIN'S CABIN",
          "PIER SEVEN", "LAUNDROMAT", "TRAIN PLATFORM", "SEAFRONT PROMENADE", "OLD CINEMA",
          "PAWN SHOP", "RAIN-SOAKED ALLEY", "CUSTOMS OFFICE", "TEA HOUSE", "BRIDGE", "TUNNEL"]
TIMES = ["DAY", "NIGHT", "DAWN", "DUSK", "MORNING", "EVENING", "CONTINUOUS", "LATER"]
SUBJECTS = ["Mei", "Jun", "Hua", "Lin", "Oscar", "Priya", "Reyes", "Noor", "Tomas", "Ines",
            "Ravi", "Ko", "A gull", "The ferry", "Rain", "A dog", "The crowd", "A tram"]
VERBS = ["crosses the wet floor", "stops at the railing", "pulls a folded letter from a coat",
         "watches the water", "checks a cracked phone", "lights a cigarette and lets it burn",
         "counts the coins twice", "turns up the collar against the wind",
         "slides a ticket across the counter", "waits under the flickering sign",
         "kicks the stalled engine", "ties a rope to the bollard", "opens the door an inch",
         "wipes the fogged window with a sleeve", "sets two bowls on the table",
         "folds the map along its creases", "glances back at the empty street",
         "pockets the key without a word", "climbs the iron stairs two at a time",
         "hands over a paper bag of oranges"]
PLACES_SMALL = ["by the gate", "in the doorway", "at the far end", "under the awning",
                "near the ticket booth", "beside the fuel pumps", "on the upper deck",
                "behind the fish crates"]
LINES = ["You said the last ferry left at midnight.", "I waited three hours.",
         "Don't tell Lin I was here.", "The tide doesn't wait for anybody.",
         "Give me the key.", "It was never about the money.", "Who else knows?",
         "Eat something first.", "I can't go back there.", "Then we leave tonight.",
         "You're soaked.", "Is that blood?", "Keep the engine running.",
         "He paid in cash, every time.", "I remember the lighthouse.",
         "Nobody rides the ferry in this weather.", "Your mother would have hated this.",
         "Sit down.", "We close at eleven.", "Say that again.",
         "Not here. Not in front of them.", "How long have you known?",
         "The harbour master owes me a favour.", "I'm not leaving without her.",
         "Fine.", "Look at me.", "There's a storm coming in from the south.",
         "Tell me his name.", "You kept the ticket.", "One more bowl, Auntie."]
PARENTHETICALS = ["quietly", "beat", "without looking up", "into the phone", "smiling",
                  "to herself", "lowering her voice", "then"]
EXTENSIONS = ["V.O.", "O.S.", "CONT'D"]
SHOTS = ["CLOSE ON", "INSERT -", "ANGLE ON", "WIDE ON", "EXTREME CLOSE UP ON"]
SHOT_SUBJECTS = ["THE TICKET", "MEI'S HANDS", "THE CRACKED PHONE", "THE FERRY CLOCK",
                 "THE LETTER", "THE KEY", "JUN'S HELMET"]
TRANSITIONS = ["CUT TO:", "DISSOLVE TO:", "SMASH CUT TO:", "MATCH CUT TO:"]
NOTES = ["check the tide tables", "night exterior: rain towers", "pick up in ADR",
         "lens: 40mm anamorphic", "continuity: wet coat"]


def title_name(name):
    return " ".join(w[0] + w[1:].lower() if not w.startswith("O'") else w for w in name.split())


class Script:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.scenes = []  # each: dict(heading, number, section, synopsis, elements)

    def sentence(self):
        r = self.r
        s = f"{r.choice(SUBJECTS)} {r.choice(VERBS)}"
        if r.random() < 0.4:
            s += f" {r.choice(PLACES_SMALL)}"
        return s + "."

    def action(self):
        r = self.r
        return " ".join(self.sentence() for _ in range(r.choice([1, 1, 2, 2, 3])))

    def line(self, sentences=None):
        r = self.r
        return " ".join(r.choice(LINES) for _ in range(sentences or r.choice([1, 1, 1, 2, 2, 3])))

    def build(self):
        r = self.r
        # Speeches per scene: 770 over 190 scenes, some scenes silent.
        counts = [r.choice([0, 2, 3, 4, 4, 5, 5, 6]) for _ in range(SCENES)]
        while sum(counts) != SPEECHES:
            i = r.randrange(SCENES)
            if sum(counts) > SPEECHES and counts[i] > 0:
                counts[i] -= 1
            elif sum(counts) < SPEECHES and counts[i] < 9:
                counts[i] += 1
        acts = {0: "ACT ONE", 48: "ACT TWO", 140: "ACT THREE"}
        for s in range(SCENES):
            prefix = r.choice(["INT.", "INT.", "EXT.", "EXT.", "INT./EXT.", "I/E"])
            heading = f"{prefix} {r.choice(PLACES)} - {r.choice(TIMES)}"
            scene = {"heading": heading, "number": str(s + 1), "section": acts.get(s),
                     "synopsis": f"Scene {s + 1}: {self.sentence()[:-1].lower()}" if s % 17 == 0 else None,
                     "elements": []}
            els = scene["elements"]
            speeches = counts[s]
            if s % 23 == 5:
                els.append(("shot", f"{r.choice(SHOTS)} {r.choice(SHOT_SUBJECTS)}"))
            els.append(("action", self.action(), r.choice(NOTES) if s % 11 == 3 else None))
            people = r.sample(CHARACTERS, 3)
            k = 0
            while k < speeches:
                if k > 0 and r.random() < 0.3:
                    els.append(("action", self.action(), None))
                speaker = people[k % len(people)] if r.random() > 0.05 else r.choice(OFFSCREEN)
                ext = r.choice(EXTENSIONS) if r.random() < 0.15 else None
                paren = r.choice(PARENTHETICALS) if r.random() < 0.2 else None
                long = s % 19 == 7 and k == 0
                text = self.line(7 if long else None)
                if k + 1 < speeches and r.random() < 0.04:
                    other = people[(k + 1) % len(people)]
                    els.append(("dual", speaker, text, other, self.line(1)))
                    k += 2
                    continue
                els.append(("speech", speaker, ext, paren, text))
                k += 1
            if s % 9 == 4:
                els.append(("transition", r.choice(TRANSITIONS)))
            self.scenes.append(scene)
        # A few Fountain-only flourishes the parser must handle.
        self.scenes[60]["elements"].insert(1, ("lyrics", ["Row, row, the last ferry home,", "rain on the water, rain on the foam."]))
        self.scenes[120]["elements"].append(("boneyard", "INT. DELETED ROOM - DAY\n\nMEI\nThis was cut."))
        return self

    # --- Fountain -------------------------------------------------------------------------
    def fountain(self):
        out = ["Title:", "    _**The Last Ferry**_", "Credit: Written by", "Author: ShotBrief Tests (generated)",
               "Draft date: 2026-01-02", "", "FADE IN:", ""]
        for scene in self.scenes:
            if scene["section"]:
                out += [f"# {scene['section']}", ""]
            out += [f"{scene['heading']} #{scene['number']}#", ""]
            if scene["synopsis"]:
                out += [f"= {scene['synopsis']}", ""]
            for el in scene["elements"]:
                kind = el[0]
                if kind == "action":
                    text = el[1]
                    if el[2]:
                        text += f" [[{el[2]}]]"
                    out += [text, ""]
                elif kind == "shot":
                    out += [el[1], ""]
                elif kind == "speech":
                    _, speaker, ext, paren, text = el
                    cue = speaker + (f" ({ext})" if ext else "")
                    out.append(cue)
                    if paren:
                        out.append(f"({paren})")
                    words = text.split(" ")
                    if len(words) > 12:  # long speeches wrap over lines, as writers type them
                        half = len(words) // 2
                        out += [" ".join(words[:half]), " ".join(words[half:])]
                    else:
                        out.append(text.replace("Sit down.", "*Sit* down."))
                    out.append("")
                elif kind == "dual":
                    _, a, ta, b, tb = el
                    out += [a, ta, "", f"{b} ^", tb, ""]
                elif kind == "transition":
                    out += [el[1], ""]
                elif kind == "lyrics":
                    out += [f"~{line}" for line in el[1]] + [""]
                elif kind == "boneyard":
                    out += ["/*", el[1], "*/", ""]
        out += [">THE END<", ""]
        return "\n".join(out)

    # --- Final Draft ----------------------------------------------------------------------
    def fdx(self):
        run = ('<Text AdornmentStyle="0" Background="#FFFFFFFFFFFF" Color="#000000000000" '
               'Font="Courier Final Draft" RevisionID="0" Size="12" Style="{style}">{text}</Text>')

        def para(kind, text, style="", extra="", inner=""):
            return (f'    <Paragraph{extra} Type="{kind}">\n{inner}      '
                    + run.format(style=style, text=escape(text)) + "\n    </Paragraph>")

        out = ['<?xml version="1.0" encoding="UTF-8" standalone="no" ?>',
               '<FinalDraft DocumentType="Script" Template="No" Version="5">', "", "  <Content>",
               para("Transition", "fade in:", "AllCaps")]
        for scene in self.scenes:
            if scene["section"]:
                out.append(para("New Act", scene["section"]))
            summary = ""
            if scene["synopsis"]:
                summary = ('        <Summary>\n          <Paragraph Alignment="Left"><Text>'
                           + escape(scene["synopsis"]) + "</Text></Paragraph>\n        </Summary>\n")
            props = f'      <SceneProperties Length="3/8" Page="1" Title="">\n{summary}      </SceneProperties>\n'
            out.append(para("Scene Heading", scene["heading"].lower(), "AllCaps",
                            f' Number="{scene["number"]}"', props))
            for el in scene["elements"]:
                kind = el[0]
                if kind == "action":
                    note = ""
                    if el[2]:
                        note = ('      <ScriptNote Color="#FFFF00000000" ID="1" Position="0">\n'
                                f'        <Paragraph><Text>{escape(el[2])}</Text></Paragraph>\n'
                                "      </ScriptNote>\n")
                    out.append(para("Action", el[1], "", "", note))
                elif kind == "shot":
                    out.append(para("Shot", el[1], "AllCaps"))
                elif kind == "speech":
                    _, speaker, ext, paren, text = el
                    out.append(para("Character", speaker + (f" ({ext})" if ext else ""), "AllCaps"))
                    if paren:
                        out.append(para("Parenthetical", f"({paren})"))
                    words = text.split(" ")
                    if len(words) > 12:  # a speech over two Dialogue paragraphs
                        half = len(words) // 2
                        out.append(para("Dialogue", " ".join(words[:half])))
                        out.append(para("Dialogue", " ".join(words[half:])))
                    else:
                        out.append(para("Dialogue", text))
                elif kind == "dual":
                    _, a, ta, b, tb = el
                    out.append("    <Paragraph>\n      <DualDialogue>")
                    out += [para("Character", a, "AllCaps"), para("Dialogue", ta),
                            para("Character", b, "AllCaps"), para("Dialogue", tb)]
                    out.append("      </DualDialogue>\n    </Paragraph>")
                elif kind == "transition":
                    out.append(para("Transition", el[1], "AllCaps"))
                elif kind == "lyrics":
                    out.append(para("Action", "\n".join(el[1]).replace("\n", " ")))
                elif kind == "boneyard":
                    out.append('    <Paragraph Type="Scene Heading">\n      <Text>OMITTED</Text>\n'
                               '      <OmittedScene>\n        <Paragraph Type="Scene Heading"><Text>'
                               'INT. DELETED ROOM - DAY</Text></Paragraph>\n      </OmittedScene>\n'
                               "    </Paragraph>")
        out.append('    <Paragraph Alignment="Center" Type="General">\n      <Text>THE END</Text>\n    </Paragraph>')
        out += ["  </Content>", "",
                '  <TitlePage>\n    <Content>\n      <Paragraph Alignment="Center"><Text Style="Bold+Underline+AllCaps">'
                "The Last Ferry</Text></Paragraph>\n      <Paragraph Alignment=\"Center\"><Text>Written by</Text>"
                "</Paragraph>\n    </Content>\n  </TitlePage>", "",
                "  <SmartType>\n    <Characters>"]
        out += [f"      <Character>{c}</Character>" for c in CHARACTERS + OFFSCREEN + ["SMARTTYPE GHOST"]]
        out += ["    </Characters>\n    <Extensions>"]
        out += [f"      <Extension>({e})</Extension>" for e in EXTENSIONS]
        out += ["    </Extensions>\n    <Locations>"]
        out += [f"      <Location>{escape(p)}</Location>" for p in PLACES]
        out += ["    </Locations>\n  </SmartType>",
                '  <Macros>\n    <Macro Element="Scene Heading" Name="Int." Shortcut="Alt+1" Text="INT. ">\n'
                '      <Alias Confirm="No" Match="Exact" Text="INT. MACRO PLACE - DAY"/>\n    </Macro>\n  </Macros>',
                "</FinalDraft>", ""]
        return "\n".join(out)

    def expected(self):
        out = []
        for scene in self.scenes:
            out.append(f"SCENE\t{scene['heading']}")
            for el in scene["elements"]:
                if el[0] == "speech":
                    _, speaker, _, paren, text = el
                    out.append(f"SPEECH\t{title_name(speaker)}\t" + (f"({paren}) " if paren else "") + text)
                elif el[0] == "dual":
                    _, a, ta, b, tb = el
                    out.append(f"SPEECH\t{title_name(a)}\t{ta}")
                    out.append(f"SPEECH\t{title_name(b)}\t{tb}")
        return "\n".join(out) + "\n"


def revised(script):
    """The second draft: reword ten lines, cut scene 50, add a scene after 100 and lines in 150."""
    r = random.Random(2)
    rev = Script(1)
    rev.scenes = [dict(s, elements=list(s["elements"])) for s in script.scenes]
    reworded = 0
    for scene in rev.scenes[10:180:17]:
        for i, el in enumerate(scene["elements"]):
            if el[0] == "speech":
                _, speaker, ext, paren, text = el
                scene["elements"][i] = ("speech", speaker, ext, paren, text.replace(".", ", tonight.", 1))
                reworded += 1
                break
    del rev.scenes[50]
    rev.scenes.insert(100, {"heading": "EXT. FERRY DECK - NIGHT", "number": "100A", "section": None,
                            "synopsis": None,
                            "elements": [("action", "Mei stands alone at the stern as the lights recede.", None),
                                         ("speech", "MEI", None, None, "Goodbye, then.")]})
    rev.scenes[150]["elements"].append(("action", "Jun laughs for the first time in weeks.", None))
    return rev


def main():
    script = Script(1).build()
    files = {"feature.fountain": script.fountain(), "feature.fdx": script.fdx(),
             "feature-expected.txt": script.expected(), "feature-rev2.fountain": revised(script).fountain()}
    for name, text in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    speeches = sum(1 for line in files["feature-expected.txt"].splitlines() if line.startswith("SPEECH"))
    scenes = sum(1 for line in files["feature-expected.txt"].splitlines() if line.startswith("SCENE"))
    print(f"{scenes} scenes, {speeches} speeches")


if __name__ == "__main__":
    main()
