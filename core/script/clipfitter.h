// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace ShotBrief::Script {

/// How long content takes on screen. The defaults are stated in the README; a project could
/// one day carry its own.
struct SpeakingRates
{
    double wordsPerSecond = 2.5;         ///< Spoken English and other languages with spaces.
    double chineseCharsPerSecond = 4.0;  ///< Spoken Mandarin: one syllable per character.
    double japaneseCharsPerSecond = 5.0; ///< Spoken Japanese, kana and kanji as written.
    double minSpeechSeconds = 2.0;       ///< Even "Yes." takes a beat on screen.
    double actionWordsPerSecond = 3.0;   ///< A described action, as the eye reads it.
    double actionCjkCharsPerSecond = 6.0;
    double minActionSeconds = 1.5;
};

enum class PieceKind { Action, Speech };

/// One thing a shot shows: an action sentence (beat) or a line of dialogue.
struct ContentPiece
{
    PieceKind kind = PieceKind::Action;
    QString text;    ///< The beat, or the dialogue with parentheticals in place.
    QString speaker; ///< Speech only.
    int source = -1; ///< The caller's index (the script paragraph); kept through splits.
    /// Speech spoken at the same time as the piece before (dual dialogue): it stays in that
    /// piece's shot and its time overlaps instead of adding up.
    bool simultaneous = false;

    bool operator==(const ContentPiece &) const = default;
};

/// One shot the fitter made: its pieces, the time they need and the legal length chosen.
struct FittedShot
{
    QList<ContentPiece> pieces;
    double contentSeconds = 0.0;
    int durationSeconds = 0;
    bool overflows = false; ///< Even the longest legal length is shorter than one sentence.

    bool operator==(const FittedShot &) const = default;
};

/// The beat-to-clip fitter: each shot gets the shortest length the provider allows that
/// holds its dialogue at a natural speaking rate plus its action beats; content that no
/// legal length holds is split at speech or sentence boundaries into the fewest shots that
/// each fit, then the split with the least total length, then the most even one.
class ClipFitter
{
public:
    /// `legalDurations`: the lengths the model makes (any order); empty means 4, 8 and 12.
    explicit ClipFitter(const QList<int> &legalDurations, const SpeakingRates &rates = {});

    /// Seconds a piece needs on screen (parentheticals are not spoken).
    double seconds(const ContentPiece &piece) const;
    /// The shortest legal length of at least `seconds`; the longest when none is.
    int lengthFor(double seconds) const;
    int longest() const { return m_legal.last(); }
    const QList<int> &legalDurations() const { return m_legal; }

    /// Fits the pieces of one shot, in order, into one or more shots. No pieces: one shot of
    /// the shortest legal length.
    QList<FittedShot> fit(const QList<ContentPiece> &pieces) const;

private:
    QList<ContentPiece> splitLong(const ContentPiece &piece) const;

    QList<int> m_legal;
    SpeakingRates m_rates;
};

} // namespace ShotBrief::Script
