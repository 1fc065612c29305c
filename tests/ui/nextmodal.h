// SPDX-License-Identifier: MIT
#pragma once

#include <QApplication>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace ShotBrief {

/// Runs `inspect` on the next modal dialog the window opens, so that a test can read it and
/// answer it while exec() is running.
inline void onNextModal(QObject *context, std::function<void(QWidget *)> inspect)
{
    auto attempts = std::make_shared<int>(0);
    auto poll = std::make_shared<std::function<void()>>();
    // The pending timer owns the poller; the poller sees itself only weakly (no cycle).
    std::weak_ptr<std::function<void()>> self = poll;
    *poll = [context, inspect, attempts, self] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            inspect(modal);
            return;
        }
        if (++*attempts < 200) {
            if (const auto again = self.lock())
                QTimer::singleShot(10, context, [again] { (*again)(); });
        }
    };
    QTimer::singleShot(0, context, [poll] { (*poll)(); });
}

} // namespace ShotBrief
