// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <thread>

namespace sitekeeper {

// Calls `work(i)` for every i in [0, count) on this thread and, when there are enough items and a
// second core, on one more: each thread takes the next index. For costly pure work over a list
// (libphonenumber's parses of an import, the checks of a pulled page) whose items write only their
// own results; `work` must be safe to call from two threads at once.
template <class Work>
void onTwoThreads(qsizetype count, const Work& work, qsizetype worthAThread = 64) {
    std::atomic<qsizetype> next = 0;
    const auto run = [&] {
        for (qsizetype i = next++; i < count; i = next++)
            work(i);
    };
    if (count < worthAThread || std::thread::hardware_concurrency() < 2) {
        run();
        return;
    }
    std::thread helper(run);
    run();
    helper.join();
}

} // namespace sitekeeper
