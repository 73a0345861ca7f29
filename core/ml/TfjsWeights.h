// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/types.h>

#include <filesystem>
#include <map>
#include <string>

namespace cadenza {

// The weights of a TensorFlow.js graph model, as its converter publishes them: model.json
// holds the graph and a weights manifest (groups of shard files, each weight's name, shape
// and dtype, laid end to end in the group's shards), and the shards hold the raw
// little-endian data. Only float32 and int32 weights are read (what the converter writes
// without quantisation); every size is checked against the shards before any copy, so a
// damaged file is refused with a message naming the file and the weight.
struct TfjsWeights {
    std::map<std::string, torch::Tensor> tensors; // by the graph's node name, on the CPU

    // A weight by name, checked against the shape the caller's network needs. Throws
    // std::runtime_error naming the weight and both shapes.
    const torch::Tensor& at(const std::string& name, torch::IntArrayRef shape) const;
};

// Reads the weights of the model.json in `folder` (the shards are named relative to it).
// Throws std::runtime_error naming the file and, where it applies, the weight.
TfjsWeights readTfjsWeights(const std::filesystem::path& modelJson);

} // namespace cadenza
