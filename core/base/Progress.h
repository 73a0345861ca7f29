// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string_view>

namespace cadenza {

// Reports the running stage's name and its progress in [0, 1]. Engine stages call it from
// the thread that called them, never from their internal worker threads.
using ProgressCallback = std::function<void(std::string_view stage, double fraction)>;

// Thrown by a stage that noticed its CancelToken was cancelled.
class OperationCancelled : public std::runtime_error {
  public:
    OperationCancelled() : std::runtime_error("cancelled") {}
};

// A shared flag that the owner of a job sets and the job's stages poll between blocks of
// work. Copies share the flag, so a token can be handed to worker threads by value.
class CancelToken {
  public:
    CancelToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}

    void cancel() const { flag_->store(true, std::memory_order_relaxed); }
    bool cancelled() const { return flag_->load(std::memory_order_relaxed); }
    void throwIfCancelled() const {
        if (cancelled())
            throw OperationCancelled();
    }

  private:
    std::shared_ptr<std::atomic<bool>> flag_;
};

} // namespace cadenza
