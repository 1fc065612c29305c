#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Update the .ts files from the sources and fill them from dictionary.tsv.

    translations/update.py            # lupdate core/ ui/ app/, then fill both .ts files
    translations/update.py --missing  # also print the sources the dictionary lacks, as TSV
    translations/update.py --prune    # also drop dictionary entries no source uses any more

dictionary.tsv and dictionary.d/*.tsv (one file per feature, so parallel work does not collide
at the end of one file): one message a line, tab-separated: source, zh_CN, ja and optionally a
context (for the rare source that needs another translation in one context). Backslash
escapes: \\n newline, \\t tab, \\\\ backslash, \\# a leading "#". Lines starting with # are comments.
Messages the dictionary lacks stay "unfinished" (tests/i18n fails on them).
"""
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LANGUAGES = ["zh_CN", "ja"]
SCANNED = ["core", "ui", "app"]


def unescape(text):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def escape(text):
    text = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    # A leading "#" would make the line a comment.
    return "\\" + text if text.startswith("#") else text


def dictionary_files():
    extra = os.path.join(HERE, "dictionary.d")
    names = sorted(n for n in os.listdir(extra) if n.endswith(".tsv")) if os.path.isdir(extra) else []
    return [os.path.join(HERE, "dictionary.tsv")] + [os.path.join(extra, n) for n in names]


def load_dictionary():
    entries = {}
    for path in dictionary_files():
        name = os.path.relpath(path, HERE)
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if len(cols) not in (3, 4):
                    sys.exit(f"{name}:{number}: expected 3 or 4 columns, got {len(cols)}")
                source, zh, ja = (unescape(c) for c in cols[:3])
                context = cols[3] if len(cols) == 4 else ""
                if (context, source) in entries:
                    print(f"{name}:{number}: {source!r} is already translated in another line; "
                          "the later line wins", file=sys.stderr)
                entries[(context, source)] = {"zh_CN": zh, "ja": ja}
    return entries


PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def accelerators(text):
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def lupdate():
    tool = shutil.which("lupdate") or "/usr/lib/qt6/bin/lupdate"
    for lang in LANGUAGES:
        ts = os.path.join(HERE, f"shotbrief_{lang}.ts")
        subprocess.run([tool, "-silent", "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", lang, *SCANNED,
                        "-ts", ts], cwd=ROOT, check=True)


def fill(lang, dictionary, missing, used):
    path = os.path.join(HERE, f"shotbrief_{lang}.ts")
    tree = ET.parse(path)
    done = total = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source")
            key = (name, source) if (name, source) in dictionary else ("", source)
            entry = dictionary.get(key)
            if entry:
                used.add(key)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = entry[lang] if entry else ""
            if entry and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                print(f"{lang}: placeholders differ: {source!r} -> {text!r}", file=sys.stderr)
            if entry and accelerators(source) != accelerators(text):
                print(f"{lang}: accelerators differ: {source!r} -> {text!r}", file=sys.stderr)
            numerus = message.get("numerus") == "yes"
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if numerus:
                form = ET.SubElement(translation, "numerusform")
                form.text = text
                form.tail = None
            else:
                translation.text = text
            if entry and text:
                translation.attrib.pop("type", None)
                done += 1
            else:
                translation.set("type", "unfinished")
                missing.setdefault(source, name)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{lang}: {done}/{total} translated")


def prune(unused):
    for path in dictionary_files():
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
        kept = []
        for line in lines:
            cols = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(cols) in (3, 4):
                if ((cols[3] if len(cols) == 4 else ""), unescape(cols[0])) in unused:
                    continue
            kept.append(line)
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(kept)


def main():
    lupdate()
    dictionary = load_dictionary()
    missing = {}
    used = set()
    for lang in LANGUAGES:
        fill(lang, dictionary, missing, used)
    unused = set(dictionary) - used
    if unused:
        print(f"dictionary.tsv: {len(unused)} entries no source uses (--prune drops them)")
    if unused and "--prune" in sys.argv:
        prune(unused)
    # Reformat like lupdate does so diffs stay small.
    lupdate()
    if "--missing" in sys.argv:
        for source, context in missing.items():
            print(f"{escape(source)}\t\t\t# {context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
