// SPDX-License-Identifier: MIT
#include "providerfit.h"

#include "projectdocument.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ShotBrief {

namespace {

struct TrText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::ProviderFit)
};

constexpr int MaxSplitParts = 6;
constexpr int MaxFixRounds = 4;

bool parseSize(const QString &size, int &width, int &height)
{
    const QStringList parts = size.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return false;
    bool okWidth = false;
    bool okHeight = false;
    width = parts.at(0).toInt(&okWidth);
    height = parts.at(1).toInt(&okHeight);
    return okWidth && okHeight && width > 0 && height > 0;
}

int orientation(int width, int height)
{
    return width > height ? 1 : (width < height ? -1 : 0);
}

QString joinSeconds(const QList<int> &durations)
{
    QStringList parts;
    for (int seconds : durations)
        parts << QString::number(seconds);
    return parts.join(QStringLiteral(" + "));
}

/// "2-10" for a run of whole seconds, else "5, 10".
QString describeDurations(const QList<int> &durations)
{
    if (durations.size() > 2 && durations.last() - durations.first() == durations.size() - 1)
        return QStringLiteral("%1-%2").arg(durations.first()).arg(durations.last());
    QStringList parts;
    for (int seconds : durations)
        parts << QString::number(seconds);
    return parts.join(QStringLiteral(", "));
}

FitFix durationFix(const QString &shotId, int seconds, FitFixKind kind)
{
    return {kind, shotId, {}, {seconds}, TrText::tr("Change to %1 s").arg(seconds)};
}

FitFix sizeFix(const QString &shotId, const QString &size, FitFixKind kind)
{
    return {kind, shotId, size, {}, TrText::tr("Change the size to %1").arg(size)};
}

FitFix modelFix(const QString &shotId, const QString &model, FitFixKind kind)
{
    return {kind, shotId, model, {}, TrText::tr("Use %1").arg(model)};
}

/// The sizes to offer for a size that does not fit: the nearest first, then the others.
QStringList sizeChoices(const QString &size, const QStringList &sizes)
{
    QStringList choices{ProviderFit::nearestSize(size, sizes)};
    for (const QString &candidate : sizes) {
        if (!choices.contains(candidate))
            choices << candidate;
    }
    return choices;
}

bool offers(const QStringList &sizes, const QString &size)
{
    return sizes.isEmpty() || sizes.contains(size);
}

bool offers(const QList<int> &durations, int seconds)
{
    return durations.isEmpty() || durations.contains(seconds);
}

} // namespace

ProviderFit::ProviderFit(const Project &project, const ProviderCapabilities &capabilities)
{
    if (capabilities.models.isEmpty())
        return; // a provider that declares nothing accepts everything we know of
    const FormatDefaults &format = project.format;

    // The defaults as they will be once the project-level problems are fixed.
    const ModelCapability *defaultModel = capabilities.model(format.model);
    if (!defaultModel) {
        defaultModel = &capabilities.models.first();
        FitProblem problem;
        problem.kind = FitProblemKind::DefaultModel;
        problem.message = TrText::tr("The provider does not offer the project's default model "
                                     "%1.")
                              .arg(format.model);
        for (const ModelCapability &model : capabilities.models)
            problem.fixes << modelFix({}, model.id, FitFixKind::SetDefaultModel);
        m_problems << problem;
    }
    QString defaultSize = format.size;
    if (!offers(defaultModel->sizes, defaultSize)) {
        FitProblem problem;
        problem.kind = FitProblemKind::DefaultSize;
        problem.message = TrText::tr("%1 does not make the project's default size %2.")
                              .arg(defaultModel->id, defaultSize);
        for (const QString &size : sizeChoices(defaultSize, defaultModel->sizes))
            problem.fixes << sizeFix({}, size, FitFixKind::SetDefaultSize);
        defaultSize = problem.fixes.first().value;
        m_problems << problem;
    }
    if (!offers(defaultModel->durations, format.durationSeconds)) {
        FitProblem problem;
        problem.kind = FitProblemKind::DefaultDuration;
        problem.message = TrText::tr("New shots would be %1 s long; %2 makes %3 s.")
                              .arg(format.durationSeconds)
                              .arg(defaultModel->id, describeDurations(defaultModel->durations));
        problem.fixes << durationFix(
            {}, capabilities.nearestDuration(defaultModel->id, format.durationSeconds),
            FitFixKind::SetDefaultDuration);
        m_problems << problem;
    }

    for (int row = 0; row < project.shots.size(); ++row) {
        const Shot &shot = project.shots.at(row);
        const auto problemFor = [&](FitProblemKind kind, const QString &message) {
            FitProblem problem;
            problem.kind = kind;
            problem.shotId = shot.id;
            problem.shotIndex = row;
            problem.shotLabel = shot.label;
            problem.message = message;
            return problem;
        };

        const ModelCapability *model = defaultModel;
        if (!shot.model.isEmpty()) {
            if (const ModelCapability *own = capabilities.model(shot.model)) {
                model = own;
            } else {
                FitProblem problem = problemFor(
                    FitProblemKind::ShotModel,
                    TrText::tr("The provider does not offer the model %1.").arg(shot.model));
                FitFix useDefault = modelFix(shot.id, QString(), FitFixKind::SetShotModel);
                useDefault.text = TrText::tr("Use the project default (%1)").arg(defaultModel->id);
                problem.fixes << useDefault;
                for (const ModelCapability &offered : capabilities.models)
                    problem.fixes << modelFix(shot.id, offered.id, FitFixKind::SetShotModel);
                m_problems << problem;
            }
        }

        // The size before the length: a split copies the fixed size into every part.
        const QString size = shot.size.isEmpty() ? defaultSize : shot.size;
        if (!offers(model->sizes, size)) {
            FitProblem problem =
                problemFor(FitProblemKind::ShotSize,
                           TrText::tr("%1 does not make %2 clips (it makes %3).")
                               .arg(model->id, size, model->sizes.join(QStringLiteral(", "))));
            for (const QString &choice : sizeChoices(size, model->sizes))
                problem.fixes << sizeFix(shot.id, choice, FitFixKind::SetShotSize);
            m_problems << problem;
        }

        const int seconds = shot.durationSeconds;
        if (!offers(model->durations, seconds)) {
            FitProblem problem =
                problemFor(FitProblemKind::ShotDuration,
                           TrText::tr("%1 does not make %2-second clips (it makes %3 s).")
                               .arg(model->id)
                               .arg(seconds)
                               .arg(describeDurations(model->durations)));
            const int nearest = capabilities.nearestDuration(model->id, seconds);
            problem.fixes << durationFix(shot.id, nearest, FitFixKind::SetShotDuration);
            for (const QList<int> &parts : legalSplits(seconds, model->durations)) {
                problem.fixes << FitFix{FitFixKind::SplitShot,
                                        shot.id,
                                        {},
                                        parts,
                                        TrText::tr("Split into %1 s").arg(joinSeconds(parts))};
            }
            // Keeping the shot's length beats cutting it: recommend the split when there is one.
            if (problem.fixes.size() > 1 && seconds > nearest)
                problem.fixes.move(1, 0);
            m_problems << problem;
        }
    }
}

QStringList ProviderFit::shotIds() const
{
    QStringList ids;
    for (const FitProblem &problem : m_problems) {
        if (!problem.shotId.isEmpty() && !ids.contains(problem.shotId))
            ids << problem.shotId;
    }
    return ids;
}

bool ProviderFit::apply(ProjectDocument *document, const FitFix &fix)
{
    const Project &project = document->project();
    const auto setFormat = [&](const std::function<void(FormatDefaults &)> &change) {
        FormatDefaults format = project.format;
        change(format);
        if (format == project.format)
            return false;
        document->setProjectSettings(format, project.spendingCapUsd);
        return true;
    };
    switch (fix.kind) {
    case FitFixKind::SetDefaultModel:
        return setFormat([&fix](FormatDefaults &format) { format.model = fix.value; });
    case FitFixKind::SetDefaultSize:
        return setFormat([&fix](FormatDefaults &format) { format.size = fix.value; });
    case FitFixKind::SetDefaultDuration:
        return setFormat([&fix](FormatDefaults &format) {
            format.durationSeconds = fix.durations.value(0, format.durationSeconds);
        });
    default:
        break;
    }

    const Shot *shot = project.shotById(fix.shotId);
    if (!shot)
        return false;
    if (fix.kind == FitFixKind::SplitShot) {
        if (fix.durations.size() < 2)
            return false;
        return !document
                    ->splitShot(fix.shotId, fix.durations,
                                beatParts(int(shot->actionBeats.size()), fix.durations))
                    .isEmpty();
    }
    Shot edited = *shot;
    ShotField field = ShotField::Model;
    switch (fix.kind) {
    case FitFixKind::SetShotModel:
        edited.model = fix.value;
        field = ShotField::Model;
        break;
    case FitFixKind::SetShotSize:
        edited.size = fix.value;
        field = ShotField::Size;
        break;
    case FitFixKind::SetShotDuration:
        edited.durationSeconds = fix.durations.value(0, edited.durationSeconds);
        field = ShotField::Duration;
        break;
    default:
        return false;
    }
    if (edited == *shot)
        return false;
    document->editShot(fix.shotId, edited, field, false);
    return true;
}

int ProviderFit::apply(ProjectDocument *document, const QList<FitFix> &fixes,
                       const QString &undoText)
{
    if (fixes.isEmpty())
        return 0;
    int changed = 0;
    document->undoStack()->beginMacro(undoText);
    for (const FitFix &fix : fixes) {
        if (apply(document, fix))
            ++changed;
    }
    document->undoStack()->endMacro();
    return changed;
}

int ProviderFit::fixAll(ProjectDocument *document, const ProviderCapabilities &capabilities,
                        const QString &providerName)
{
    ProviderFit fit(document->project(), capabilities);
    if (fit.fits())
        return 0;
    document->undoStack()->beginMacro(TrText::tr("Fit the project to %1").arg(providerName));
    for (int round = 0; round < MaxFixRounds && !fit.fits(); ++round) {
        int changed = 0;
        for (const FitProblem &problem : fit.problems()) {
            if (apply(document, problem.fixes.first()))
                ++changed;
        }
        if (changed == 0)
            break;
        fit = ProviderFit(document->project(), capabilities);
    }
    document->undoStack()->endMacro();
    return int(fit.problems().size());
}

QString ProviderFit::nearestSize(const QString &size, const QStringList &sizes)
{
    if (sizes.isEmpty())
        return {};
    int width = 0;
    int height = 0;
    if (!parseSize(size, width, height))
        return sizes.first();
    const int wanted = orientation(width, height);
    const double aspect = double(width) / height;
    const double area = double(width) * height;
    QString best;
    double bestScore = 0.0;
    for (const QString &candidate : sizes) {
        int w = 0;
        int h = 0;
        if (!parseSize(candidate, w, h))
            continue;
        // Orientation dominates, then the aspect ratio, then the pixel count.
        const double score = (orientation(w, h) == wanted ? 0.0 : 1000.0) +
                             10.0 * std::abs(std::log((double(w) / h) / aspect)) +
                             std::abs(std::log(double(w) * h / area));
        if (best.isEmpty() || score < bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best.isEmpty() ? sizes.first() : best;
}

QList<QList<int>> ProviderFit::legalSplits(int seconds, const QList<int> &durations, int maxResults)
{
    QList<int> legal;
    for (int d : durations) {
        if (d > 0 && !legal.contains(d))
            legal << d;
    }
    std::sort(legal.begin(), legal.end(), std::greater<int>());
    if (legal.isEmpty() || seconds <= legal.first() || maxResults <= 0)
        return {};

    for (int parts = 2; parts <= MaxSplitParts; ++parts) {
        if (legal.first() * parts < seconds)
            continue;
        // Non-increasing sequences of `parts` legal lengths summing to `seconds`.
        QList<QList<int>> found;
        QList<int> current;
        const std::function<void(int, int)> search = [&](int from, int left) {
            if (int(current.size()) == parts) {
                if (left == 0)
                    found << current;
                return;
            }
            for (int i = from; i < legal.size(); ++i) {
                if (legal.at(i) > left)
                    continue;
                current << legal.at(i);
                search(i, left - legal.at(i));
                current.removeLast();
            }
        };
        search(0, seconds);
        if (found.isEmpty())
            continue;
        std::stable_sort(found.begin(), found.end(), [](const QList<int> &a, const QList<int> &b) {
            return a.first() - a.last() < b.first() - b.last();
        });
        if (found.size() > maxResults)
            found.resize(maxResults);
        return found;
    }
    return {};
}

QList<int> ProviderFit::beatParts(int beatCount, const QList<int> &parts)
{
    QList<int> result;
    int total = 0;
    for (int seconds : parts)
        total += seconds;
    if (parts.isEmpty() || total <= 0)
        return QList<int>(beatCount, 0);
    for (int beat = 0; beat < beatCount; ++beat) {
        // The middle of the beat's share of the shot decides its part (a beat on a cut: the earlier
        // part).
        const double at = (beat + 0.5) * total / beatCount;
        int part = 0;
        double end = parts.first();
        while (at > end && part + 1 < parts.size())
            end += parts.at(++part);
        result << part;
    }
    return result;
}

} // namespace ShotBrief
