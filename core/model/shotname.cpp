// SPDX-License-Identifier: MIT
#include "shotname.h"

#include <QCoreApplication>

namespace ShotBrief {

namespace {
// One context for lupdate and for the runtime.
struct NameText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ShotName)
};
} // namespace

QString shotName(const QString &label, int index)
{
    const QString trimmed = label.trimmed();
    return trimmed.isEmpty() ? QString::number(index + 1) : trimmed;
}

QString shotName(const Project &project, int index)
{
    if (index < 0 || index >= project.shots.size())
        return {};
    return shotName(project.shots.at(index).label, index);
}

QString shotName(const Project &project, const QString &shotId)
{
    return shotName(project, project.shotIndex(shotId));
}

bool isShotNumber(const QString &name)
{
    return !name.isEmpty() && name.front().isDigit();
}

QString shotTitle(const QString &label, int index)
{
    const QString name = shotName(label, index);
    return isShotNumber(name) ? NameText::tr("Shot %1").arg(name) : NameText::tr("“%1”").arg(name);
}

QString shotTitle(const Project &project, int index)
{
    if (index < 0 || index >= project.shots.size())
        return {};
    return shotTitle(project.shots.at(index).label, index);
}

QString shotTitle(const Project &project, const QString &shotId)
{
    return shotTitle(project, project.shotIndex(shotId));
}

QString slateTitle(const QString &name)
{
    return isShotNumber(name) ? NameText::tr("SHOT %1").arg(name) : name;
}

QString takeTitle(const Shot &shot, const QString &takeId)
{
    const int index = shot.takeIndex(takeId);
    return index < 0 ? QString() : NameText::tr("Take %1").arg(index + 1);
}

} // namespace ShotBrief
