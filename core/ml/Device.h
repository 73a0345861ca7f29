// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <c10/core/Device.h>

#include <string>

namespace cadenza {

// Where neural models run: CUDA when the linked libtorch has it, a GPU is present and the
// user allows it (Preferences); the CPU otherwise. Debian's libtorch is CPU-only; a
// CUDA-enabled one is linked with -DCADENZA_TORCH_DIR=... (docs/models.md).
c10::Device chooseDevice(bool allowCuda);
// Whether the linked libtorch can use a CUDA GPU on this machine.
bool cudaAvailable();
std::string describeDevice(const c10::Device& device); // "CPU (2 threads)", "CUDA 0: NVIDIA ..."

// Sets libtorch's intra-op threads to the core count, once per process.
void configureTorchThreads();

} // namespace cadenza
