// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/Device.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>

#include <algorithm>
#include <mutex>
#include <thread>

namespace cadenza {

bool cudaAvailable() {
    return torch::cuda::is_available();
}

c10::Device chooseDevice(bool allowCuda) {
    if (allowCuda && cudaAvailable())
        return {c10::DeviceType::CUDA, 0};
    return {c10::DeviceType::CPU};
}

std::string describeDevice(const c10::Device& device) {
    if (device.is_cuda())
        return "CUDA " + std::to_string(device.index());
    return "CPU (" + std::to_string(at::get_num_threads()) + " threads)";
}

void configureTorchThreads() {
    static std::once_flag once;
    std::call_once(once,
                   [] { at::set_num_threads(static_cast<int>(std::max(1u, std::thread::hardware_concurrency()))); });
}

} // namespace cadenza
