// SPDX-License-Identifier: MIT
#pragma once

#include <QMediaPlayer>

#include <functional>

class QAudioOutput;
class QVideoFrame;
class QVideoSink;

namespace ShotBrief {

/// A media player with the video sink and audio output it plays into: one deck of the sequence
/// engine or the compare engine.
struct MediaDeck
{
    QMediaPlayer *player = nullptr;
    QVideoSink *sink = nullptr;
    QAudioOutput *audio = nullptr;
};

/// What a deck reports to the engine that owns it.
struct MediaDeckEvents
{
    std::function<void(const QVideoFrame &frame)> frame;
    std::function<void(QMediaPlayer::MediaStatus status)> status;
    std::function<void(const QString &message)> error; ///< Real errors only, not NoError.
};

/// The player, sink and audio output of one deck, made as children of `owner` and wired:
/// the player plays into the sink and the audio output, and its frames, status changes and
/// errors go to `events` for as long as `owner` lives.
MediaDeck makeMediaDeck(QObject *owner, MediaDeckEvents events);

} // namespace ShotBrief
