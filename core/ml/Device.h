// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <c10/core/Device.h>

#include <cstdint>
#include <optional>
#include <string>

namespace cadenza {

// Where neural models run: CUDA when the linked libtorch has it, a GPU is present and the
// user allows it (Preferences); the CPU otherwise. Debian's libtorch is CPU-only; a
// CUDA-enabled one is linked with -DCADENZA_TORCH_DIR=... (docs/models.md).
c10::Device chooseDevice(bool allowCuda);
// Whether the linked libtorch can use a CUDA GPU on this machine.
bool cudaAvailable();
std::string describeDevice(const c10::Device& device); // "CPU (2 threads)", "CUDA 0: NVIDIA ..."

// A GPU's memory, in bytes.
struct DeviceMemory {
    std::int64_t freeBytes = 0;
    std::int64_t totalBytes = 0;
};
// What the CUDA runtime that libtorch loaded says of a CUDA device's memory (cudaMemGetInfo,
// looked up when called, so that this builds without CUDA's headers); nothing for the CPU or
// when the runtime is not there.
std::optional<DeviceMemory> deviceMemory(const c10::Device& device);
// Throws std::runtime_error, before anything is loaded, when `bytes` of weights will not fit
// in what the device has free (the GPU's memory, or the system's for the CPU); `what` names
// the model in the message.
void requireRoomFor(std::int64_t bytes, const c10::Device& device, const std::string& what);

// Sets libtorch's intra-op threads to the core count, once per process.
void configureTorchThreads();

} // namespace cadenza
