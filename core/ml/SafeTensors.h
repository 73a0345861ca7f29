// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/types.h>

#include <filesystem>
#include <map>
#include <string>

namespace cadenza {

// The safetensors format, as Hugging Face publishes weights: an 8-byte little-endian header
// length, a JSON header naming each tensor's dtype, shape and byte range, then the raw
// little-endian data. Reading checks every range against the file and the shape before any
// allocation, so a damaged or hostile file is refused with a message naming the tensor.
struct SafeTensorsFile {
    std::map<std::string, torch::Tensor> tensors; // on the CPU, contiguous
    std::map<std::string, std::string> metadata;  // "__metadata__", if any
};

// Reads every tensor (F32, F16, BF16, F64, I64, I32, I16, I8, U8 and BOOL) as a view of the
// file mapped into memory (copy-on-write), which stays mapped while any of them lives: a
// model copying them into its parameters holds the weights once, not twice. Throws
// std::runtime_error naming the file and, where it applies, the tensor.
SafeTensorsFile readSafeTensors(const std::filesystem::path& path);

// Writes tensors (F32, F16, BF16, I64) with optional metadata, to a temporary name renamed
// into place once complete.
void writeSafeTensors(const std::filesystem::path& path, const std::map<std::string, torch::Tensor>& tensors,
                      const std::map<std::string, std::string>& metadata = {});

} // namespace cadenza
