// SPDX-License-Identifier: MIT
#include "mediadeck.h"

#include <QAudioOutput>
#include <QVideoSink>

namespace ShotBrief {

MediaDeck makeMediaDeck(QObject *owner, MediaDeckEvents events)
{
    MediaDeck deck;
    deck.player = new QMediaPlayer(owner);
    deck.sink = new QVideoSink(owner);
    deck.audio = new QAudioOutput(owner);
    // Sound needs its output before anything plays (Qt's player example does the same).
    deck.player->setAudioOutput(deck.audio);
    deck.player->setVideoSink(deck.sink);
    QObject::connect(deck.sink, &QVideoSink::videoFrameChanged, owner, std::move(events.frame));
    QObject::connect(deck.player, &QMediaPlayer::mediaStatusChanged, owner,
                     std::move(events.status));
    QObject::connect(
        deck.player, &QMediaPlayer::errorOccurred, owner,
        [error = std::move(events.error)](QMediaPlayer::Error code, const QString &message) {
            if (code != QMediaPlayer::NoError)
                error(message);
        });
    return deck;
}

} // namespace ShotBrief
