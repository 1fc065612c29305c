// SPDX-License-Identifier: MIT
#include "shotselection.h"

#include "exportdata.h"

#include <QCoreApplication>

#include <optional>

namespace ShotBrief {

namespace {

// One context for lupdate and for QCoreApplication::translate: "ShotBrief::ShotSelection".
struct SelectionText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ShotSelection)
};

// Labels win over positions, so "12" means the shot labelled 12 when there is one.
std::optional<int> resolveEndpoint(const Project &project, const QString &token)
{
    for (int i = 0; i < project.shots.size(); ++i) {
        if (project.shots.at(i).label.compare(token, Qt::CaseInsensitive) == 0)
            return i;
    }
    bool ok = false;
    const int position = token.toInt(&ok);
    if (ok && position >= 1 && position <= project.shots.size())
        return position - 1;
    return std::nullopt;
}

} // namespace

Result<QStringList> selectShotIds(const Project &project, const QString &range,
                                  const QString &scene)
{
    QList<bool> wanted(project.shots.size(), range.trimmed().isEmpty());
    if (!range.trimmed().isEmpty()) {
        const QStringList tokens = range.split(QLatin1Char(','));
        for (const QString &rawToken : tokens) {
            const QString token = rawToken.trimmed();
            if (token.isEmpty())
                continue;
            int first = -1;
            int last = -1;
            if (const std::optional<int> single = resolveEndpoint(project, token)) {
                first = last = *single;
            } else if (const int dash = token.indexOf(QLatin1Char('-'), 1);
                       dash > 0 || token.startsWith(QLatin1Char('-'))) {
                const int split = token.startsWith(QLatin1Char('-')) ? 0 : dash;
                const QString from = token.left(split).trimmed();
                const QString to = token.mid(split + 1).trimmed();
                const std::optional<int> a =
                    from.isEmpty() ? std::optional<int>(0) : resolveEndpoint(project, from);
                const std::optional<int> b = to.isEmpty()
                                                 ? std::optional<int>(project.shots.size() - 1)
                                                 : resolveEndpoint(project, to);
                if (!a || !b) {
                    return exportError(SelectionText::tr("no shot \"%1\" in the range \"%2\"")
                                           .arg(!a ? from : to, range));
                }
                first = std::min(*a, *b);
                last = std::max(*a, *b);
            } else {
                return exportError(
                    SelectionText::tr("no shot \"%1\" in the range \"%2\"").arg(token, range));
            }
            for (int i = first; i <= last; ++i)
                wanted[i] = true;
        }
    }

    QString sceneId;
    if (!scene.trimmed().isEmpty()) {
        for (const Scene &candidate : project.scenes) {
            if (candidate.id == scene.trimmed() ||
                candidate.title.compare(scene.trimmed(), Qt::CaseInsensitive) == 0) {
                sceneId = candidate.id;
                break;
            }
        }
        if (sceneId.isEmpty())
            return exportError(SelectionText::tr("no scene \"%1\" in the project").arg(scene));
    }

    QStringList ids;
    for (int i = 0; i < project.shots.size(); ++i) {
        if (wanted.at(i) && (sceneId.isEmpty() || project.shots.at(i).sceneId == sceneId))
            ids.append(project.shots.at(i).id);
    }
    if (ids.isEmpty())
        return exportError(SelectionText::tr("the selection contains no shot"));
    return ids;
}

} // namespace ShotBrief
