// SPDX-License-Identifier: MIT
#include "shotrevision.h"

#include <QCryptographicHash>

namespace ShotBrief {

namespace {

class FieldHasher
{
public:
    // Each field is length-prefixed, so "ab"+"c" and "a"+"bc" differ.
    void add(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        const qint64 size = utf8.size();
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        m_hash.addData(utf8);
    }
    void add(const QStringList &list)
    {
        add(QString::number(list.size()));
        for (const QString &text : list)
            add(text);
    }
    QString result() const { return QString::fromLatin1(m_hash.result().toHex().left(16)); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

QString shotRevision(const Shot &shot, const QStringList &shownTakeIds)
{
    // Left out on purpose: the label (renaming is not a change of plan), the crew notes (where
    // the reviewers' notes often go) and the circled take (circling a reviewer's preferred take
    // must not make the next reviewer's file look out of date). The takes shown are in.
    FieldHasher h;
    h.add(QStringLiteral("shotbrief-review-revision-1"));
    h.add(shot.id);
    h.add(shot.sceneId);
    h.add(QString::number(shot.durationSeconds));
    h.add(shot.sceneProse);
    h.add(shot.framing.key());
    h.add(shot.angle.key());
    h.add(shot.movement.key());
    h.add(shot.depthOfField.key());
    h.add(shot.lensStyle);
    h.add(shot.lighting);
    QStringList palette;
    for (const PaletteColor &color : shot.palette)
        palette << color.name << color.hex;
    h.add(palette);
    h.add(shot.mood);
    h.add(shot.actionBeats);
    QStringList dialogue;
    for (const DialogueLine &line : shot.dialogue)
        dialogue << line.speaker << line.line;
    h.add(dialogue);
    h.add(shot.castIds);
    h.add(shot.model);
    h.add(shot.size);
    h.add(shot.referenceImage);
    h.add(shownTakeIds);
    return h.result();
}

} // namespace ShotBrief
