// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace cadenza {

struct ConcurrencyOptions {
    unsigned threads = 0; // 0: one per core
    // When set, the calling thread does no task itself: it calls this every `pollInterval`
    // until all tasks are done (to report progress from the caller's thread).
    std::function<void()> whileWaiting;
    std::chrono::milliseconds pollInterval{40};
};

// Runs independent tasks on worker threads and waits for all of them. The first exception
// a task throws is rethrown here once every thread has finished; tasks not yet started
// when a task fails are skipped.
inline void runConcurrently(const std::vector<std::function<void()>>& tasks, const ConcurrencyOptions& options = {}) {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto worker = [&] {
        for (std::size_t i; !failed.load() && (i = next.fetch_add(1)) < tasks.size();) {
            try {
                tasks[i]();
            } catch (...) {
                const std::lock_guard lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
                failed = true;
            }
        }
    };
    const unsigned cores = options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = std::min<std::size_t>(cores, tasks.size());
    {
        std::atomic<std::size_t> running{0};
        std::vector<std::jthread> pool;
        const std::size_t spawned = options.whileWaiting ? threads : (threads > 0 ? threads - 1 : 0);
        running = spawned;
        for (std::size_t t = 0; t < spawned; ++t)
            pool.emplace_back([&] {
                worker();
                running.fetch_sub(1);
            });
        if (options.whileWaiting) {
            while (running.load() > 0) {
                std::this_thread::sleep_for(options.pollInterval);
                options.whileWaiting();
            }
        } else {
            worker();
        }
    }
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace cadenza
