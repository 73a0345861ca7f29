// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/Device.h"

#include "base/ProcessInfo.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>

#include <dlfcn.h>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <stdexcept>
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

std::optional<DeviceMemory> deviceMemory(const c10::Device& device) {
    if (!device.is_cuda())
        return std::nullopt;
    // The runtime libtorch_cuda already loaded; nothing is loaded here.
    void* runtime = nullptr;
    for (const char* name : {"libcudart.so", "libcudart.so.12", "libcudart.so.11.0"})
        if ((runtime = ::dlopen(name, RTLD_LAZY | RTLD_NOLOAD)))
            break;
    if (!runtime)
        return std::nullopt;
    using SetDevice = int (*)(int);
    using MemGetInfo = int (*)(std::size_t*, std::size_t*);
    const auto setDevice = reinterpret_cast<SetDevice>(::dlsym(runtime, "cudaSetDevice"));
    const auto memGetInfo = reinterpret_cast<MemGetInfo>(::dlsym(runtime, "cudaMemGetInfo"));
    std::size_t free = 0, total = 0;
    const bool read = setDevice && memGetInfo && setDevice(device.index() < 0 ? 0 : device.index()) == 0 &&
                      memGetInfo(&free, &total) == 0;
    ::dlclose(runtime);
    if (!read)
        return std::nullopt;
    return DeviceMemory{static_cast<std::int64_t>(free), static_cast<std::int64_t>(total)};
}

void requireRoomFor(std::int64_t bytes, const c10::Device& device, const std::string& what) {
    const auto gigabytes = [](std::int64_t b) {
        char text[32];
        std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(b) / 1e9);
        return std::string(text);
    };
    if (device.is_cuda()) {
        if (const auto memory = deviceMemory(device); memory && bytes > memory->freeBytes)
            throw std::runtime_error(
                what + " needs about " + gigabytes(bytes) + " of GPU memory for its weights, and " +
                gigabytes(memory->freeBytes) + " of " + gigabytes(memory->totalBytes) +
                " is free: close other GPU programs, use a smaller model, or let it run on the CPU "
                "(Preferences)");
        return;
    }
    if (const auto available = availableMemoryBytes(); available > 0 && bytes > available)
        throw std::runtime_error(what + " needs about " + gigabytes(bytes) + " of memory for its weights, and " +
                                 gigabytes(available) + " is available: close other programs, or use a smaller model");
}

void configureTorchThreads() {
    static std::once_flag once;
    std::call_once(once,
                   [] { at::set_num_threads(static_cast<int>(std::max(1u, std::thread::hardware_concurrency()))); });
}

} // namespace cadenza
