// SPDX-License-Identifier: MIT
#pragma once

#include "emulatorconfig.h"

#include <QList>
#include <QRandomGenerator>

#include <optional>

namespace ShotBrief {

/// What the fault rules decided for one request.
struct HttpResponseData;

struct FaultDecision
{
    int delayMs = 0;                 ///< slow response: wait this long first
    std::optional<FaultRule> action; ///< the first non-delay fault that fired, if any
    int fired = 0;                   ///< how many rules fired (delay included)

    /// A "drop" fault on a file download: `response` sends part of its file (the rule's
    /// bytes, else half), then closes. Nothing happens for other faults.
    void dropDownload(HttpResponseData &response) const;
};

/// Applies a FaultSpec deterministically: each rule counts the requests that match its target,
/// lets `skip` of them through and fires on the next `count`; probabilities draw from an RNG
/// seeded by the spec. Dialect-neutral: routes tell it which operation a request is.
class FaultInjector
{
public:
    explicit FaultInjector(const FaultSpec &spec = {});

    void setSpec(const FaultSpec &spec);
    const FaultSpec &spec() const { return m_spec; }

    /// Advances the counters of every rule that matches `operation` and returns the decision.
    FaultDecision decide(FaultTarget operation);

private:
    FaultSpec m_spec;
    QList<int> m_seen;  ///< matching requests seen per rule
    QList<int> m_fired; ///< firings per rule
    QRandomGenerator m_rng;
};

} // namespace ShotBrief
