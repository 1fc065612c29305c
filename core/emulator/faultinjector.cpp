// SPDX-License-Identifier: MIT
#include "faultinjector.h"

#include "httpexchange.h"

#include <QFileInfo>

namespace ShotBrief {

void FaultDecision::dropDownload(HttpResponseData &response) const
{
    if (!action || action->kind != FaultKind::DropConnection || response.filePath.isEmpty())
        return;
    // What the answer promises: the range asked for, else the whole file.
    const qint64 length = response.fileLength >= 0
                              ? response.fileLength
                              : QFileInfo(response.filePath).size() - response.fileOffset;
    response.dropAfterBytes =
        action->dropAfterBytes >= 0
            ? std::min(action->dropAfterBytes, std::max<qint64>(0, length - 1))
            : length / 2;
}

FaultInjector::FaultInjector(const FaultSpec &spec)
{
    setSpec(spec);
}

void FaultInjector::setSpec(const FaultSpec &spec)
{
    m_spec = spec;
    m_seen = QList<int>(spec.rules.size(), 0);
    m_fired = QList<int>(spec.rules.size(), 0);
    m_rng.seed(spec.seed);
}

FaultDecision FaultInjector::decide(FaultTarget operation)
{
    FaultDecision decision;
    for (qsizetype i = 0; i < m_spec.rules.size(); ++i) {
        const FaultRule &rule = m_spec.rules.at(i);
        if (rule.target != FaultTarget::Any && rule.target != operation)
            continue;
        const int seen = m_seen[i]++;
        if (seen < rule.skip)
            continue;
        if (rule.count > 0 && m_fired.at(i) >= rule.count)
            continue;
        if (rule.probability < 1.0 && m_rng.generateDouble() >= rule.probability)
            continue;
        // Faults that only make sense on a create are not spent on other requests.
        const bool createOnly = rule.kind == FaultKind::ModerationBlocked ||
                                rule.kind == FaultKind::LostResponse ||
                                rule.kind == FaultKind::RenderFailure;
        if (createOnly && operation != FaultTarget::Create && operation != FaultTarget::Remix)
            continue;
        if (rule.kind == FaultKind::DropConnection && operation != FaultTarget::Download)
            continue;
        if (rule.kind == FaultKind::SlowResponse) {
            ++m_fired[i];
            ++decision.fired;
            decision.delayMs += rule.delayMs;
            continue;
        }
        if (decision.action)
            continue; // one action per request; later rules keep their turn
        ++m_fired[i];
        ++decision.fired;
        decision.action = rule;
    }
    return decision;
}

} // namespace ShotBrief
