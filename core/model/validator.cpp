// SPDX-License-Identifier: MIT
#include "validator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace ShotBrief {

namespace {

/// Gives lupdate and the runtime the same translation context.
struct ValidatorText
{
    Q_DECLARE_TR_FUNCTIONS(ShotBrief::Validator)
};

QString indexed(const QString &base, qsizetype index)
{
    return base + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString listOfDurations(const QList<int> &durations)
{
    QStringList parts;
    for (int d : durations)
        parts << QString::number(d);
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return parts.join(QLatin1String(", ")) + ValidatorText::tr(" or ") + last;
}

class ProjectValidator
{
public:
    ProjectValidator(const Project &project, const ProviderCapabilities *capabilities)
        : m_project(project)
        , m_capabilities(capabilities)
    {}

    QList<ValidationProblem> run()
    {
        // Hash lookups: a crafted file with many shots, cast and scenes must stay linear.
        for (const Scene &scene : m_project.scenes)
            m_sceneIds.insert(scene.id);
        for (const CastMember &member : m_project.cast)
            m_castIds.insert(member.id);
        checkFormat();
        checkPalette(QStringLiteral("style.palette"), m_project.style.palette);
        checkIds(QStringLiteral("cast"), m_project.cast);
        checkIds(QStringLiteral("scenes"), m_project.scenes);
        QSet<QString> shotIds;
        for (qsizetype i = 0; i < m_project.shots.size(); ++i)
            checkShot(indexed(QStringLiteral("shots"), i), m_project.shots.at(i), shotIds);
        if (m_project.spendingCapUsd < 0)
            add(QStringLiteral("spending_cap_usd"),
                ValidatorText::tr("expected 0 (no cap) or a positive amount"));
        return m_problems;
    }

private:
    void add(const QString &path, const QString &message) { m_problems.append({path, message}); }

    void checkFormat()
    {
        const FormatDefaults &format = m_project.format;
        checkSizeIsWellFormed(QStringLiteral("format.size"), format.size);
        checkModelAndSize(QStringLiteral("format"), format.model, format.size);
        checkDuration(QStringLiteral("format.duration"), format.model, format.durationSeconds);
    }

    /// Empty means "the project's default"; anything else must be a pixel size, since the
    /// composer, the exports and every adapter read it as one.
    static bool isWellFormedSize(const QString &size)
    {
        static const QRegularExpression sizePattern(
            QStringLiteral("^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"));
        return size.isEmpty() || sizePattern.match(size).hasMatch();
    }

    void checkSizeIsWellFormed(const QString &path, const QString &size)
    {
        if (isWellFormedSize(size))
            return;
        add(path, ValidatorText::tr("expected WIDTHxHEIGHT in pixels such as 1280x720, got \"%1\"")
                      .arg(size));
    }

    /// What the provider offers; a malformed size was reported where it is written.
    void checkModelAndSize(const QString &base, const QString &model, const QString &size)
    {
        const bool wellFormed = isWellFormedSize(size);
        if (!m_capabilities)
            return;
        const ModelCapability *capability = m_capabilities->model(model);
        if (!capability) {
            QStringList known;
            for (const ModelCapability &m : m_capabilities->models)
                known << m.id;
            add(base + QLatin1String(".model"), ValidatorText::tr("expected one of %1, got \"%2\"")
                                                    .arg(known.join(QLatin1String(", ")), model));
            return;
        }
        if (wellFormed && !capability->sizes.contains(size)) {
            add(base + QLatin1String(".size"),
                ValidatorText::tr("expected one of %1 for %2, got \"%3\"")
                    .arg(capability->sizes.join(QLatin1String(", ")), model, size));
        }
    }

    void checkDuration(const QString &path, const QString &model, int seconds)
    {
        if (!m_capabilities)
            return;
        const QList<int> durations = m_capabilities->durationsFor(model);
        if (!durations.isEmpty() && !durations.contains(seconds)) {
            add(path, ValidatorText::tr("expected %1, got %2")
                          .arg(listOfDurations(durations))
                          .arg(seconds));
        }
    }

    void checkPalette(const QString &base, const Palette &palette)
    {
        for (qsizetype i = 0; i < palette.size(); ++i) {
            const PaletteColor &color = palette.at(i);
            const QString path = indexed(base, i);
            if (color.name.trimmed().isEmpty() && color.hex.isEmpty())
                add(path, ValidatorText::tr("a colour needs a name or a hex value"));
            if (!color.hex.isEmpty() && !isValidHexColor(color.hex))
                add(path + QLatin1String(".hex"),
                    ValidatorText::tr("expected a colour like #1f6f78, got \"%1\"").arg(color.hex));
        }
    }

    template<typename T>
    void checkIds(const QString &base, const QList<T> &items)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString &id = items.at(i).id;
            const QString path = indexed(base, i) + QLatin1String(".id");
            if (id.isEmpty())
                add(path, ValidatorText::tr("missing id"));
            else if (seen.contains(id))
                add(path, ValidatorText::tr("duplicate id \"%1\"").arg(id));
            seen.insert(id);
        }
    }

    void checkShot(const QString &base, const Shot &shot, QSet<QString> &shotIds)
    {
        if (shot.id.isEmpty())
            add(base + QLatin1String(".id"), ValidatorText::tr("missing id"));
        else if (shotIds.contains(shot.id))
            add(base + QLatin1String(".id"),
                ValidatorText::tr("duplicate shot id \"%1\"").arg(shot.id));
        shotIds.insert(shot.id);

        const QString model = m_project.effectiveModel(shot);
        checkSizeIsWellFormed(base + QLatin1String(".size"), shot.size);
        checkModelAndSize(base, model, m_project.effectiveSize(shot));
        checkDuration(base + QLatin1String(".duration"), model, shot.durationSeconds);
        checkPalette(base + QLatin1String(".palette"), shot.palette);

        if (!shot.sceneId.isEmpty() && !m_sceneIds.contains(shot.sceneId))
            add(base + QLatin1String(".scene"),
                ValidatorText::tr("no scene has the id \"%1\"").arg(shot.sceneId));
        for (qsizetype i = 0; i < shot.castIds.size(); ++i) {
            if (!m_castIds.contains(shot.castIds.at(i)))
                add(indexed(base + QLatin1String(".cast"), i),
                    ValidatorText::tr("no cast member has the id \"%1\"").arg(shot.castIds.at(i)));
        }
        for (qsizetype i = 0; i < shot.dialogue.size(); ++i) {
            const DialogueLine &line = shot.dialogue.at(i);
            if (line.line.trimmed().isEmpty())
                add(indexed(base + QLatin1String(".dialogue"), i) + QLatin1String(".line"),
                    ValidatorText::tr("empty dialogue line"));
        }

        QSet<QString> takeIds;
        for (qsizetype i = 0; i < shot.takes.size(); ++i) {
            const Take &take = shot.takes.at(i);
            const QString path = indexed(base + QLatin1String(".takes"), i);
            if (take.id.isEmpty())
                add(path + QLatin1String(".id"), ValidatorText::tr("missing id"));
            else if (takeIds.contains(take.id))
                add(path + QLatin1String(".id"),
                    ValidatorText::tr("duplicate take id \"%1\"").arg(take.id));
            takeIds.insert(take.id);
            if (take.progress < 0 || take.progress > 100)
                add(path + QLatin1String(".progress"),
                    ValidatorText::tr("expected 0 to 100, got %1").arg(take.progress));
            if (take.outMs > 0 && take.outMs <= take.inMs)
                add(path + QLatin1String(".out_ms"),
                    ValidatorText::tr("the out point (%1 ms) must come after the in point (%2 ms)")
                        .arg(take.outMs)
                        .arg(take.inMs));
        }
        // Parents may come after their children in the list, so check once all ids are known.
        for (qsizetype i = 0; i < shot.takes.size(); ++i) {
            const Take &take = shot.takes.at(i);
            if (!take.parentTakeId.isEmpty() && !takeIds.contains(take.parentTakeId))
                add(indexed(base + QLatin1String(".takes"), i) + QLatin1String(".parent_take"),
                    ValidatorText::tr("no take of this shot has the id \"%1\"")
                        .arg(take.parentTakeId));
        }
        if (!shot.circledTakeId.isEmpty() && !takeIds.contains(shot.circledTakeId))
            add(base + QLatin1String(".circled_take"),
                ValidatorText::tr("no take of this shot has the id \"%1\"")
                    .arg(shot.circledTakeId));
        QSet<QString> reviewers;
        for (qsizetype i = 0; i < shot.reviews.size(); ++i) {
            const Review &review = shot.reviews.at(i);
            const QString path = indexed(base + QLatin1String(".reviews"), i);
            if (review.reviewer.trimmed().isEmpty())
                add(path + QLatin1String(".reviewer"), ValidatorText::tr("missing reviewer"));
            else if (reviewers.contains(review.reviewer))
                add(path + QLatin1String(".reviewer"),
                    ValidatorText::tr("a second review by \"%1\"").arg(review.reviewer));
            reviewers.insert(review.reviewer);
            if (!review.preferredTakeId.isEmpty() && !takeIds.contains(review.preferredTakeId))
                add(path + QLatin1String(".preferred_take"),
                    ValidatorText::tr("no take of this shot has the id \"%1\"")
                        .arg(review.preferredTakeId));
        }
    }

    const Project &m_project;
    const ProviderCapabilities *m_capabilities; ///< Null: structure only.
    QSet<QString> m_sceneIds;
    QSet<QString> m_castIds;
    QList<ValidationProblem> m_problems;
};

} // namespace

QList<ValidationProblem> validateProject(const Project &project)
{
    return ProjectValidator(project, nullptr).run();
}

QList<ValidationProblem> validateProject(const Project &project,
                                         const ProviderCapabilities &capabilities)
{
    return ProjectValidator(project, &capabilities).run();
}

} // namespace ShotBrief
