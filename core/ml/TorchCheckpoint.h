// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <torch/types.h>

#include <filesystem>
#include <map>
#include <string>

namespace cadenza {

// A file written by torch.save (the zip archive format of PyTorch 1.6 and later, or the
// legacy format before it), read without Python and without running anything it names. Its pickle is interpreted for
// the subset torch.save writes: None, booleans, integers, floats, strings, bytes, tuples, lists and dicts; tensors
// (torch._utils._rebuild_tensor_v2 over the archive's storages of any torch.*Storage type); collections.OrderedDict;
// fractions.Fraction (as the text "num/den"). Any other global is kept as its name only ({"global": "module.name"}),
// and a pickle that calls or builds one is refused, so no code is run and no object constructed from a name in the
// file.
struct PickledValue {
    nlohmann::json value;                         // tensors appear as {"tensor": "<key>"}
    std::map<std::string, torch::Tensor> tensors; // by that key, on the CPU
};

// Reads the pickle of a torch.save file. Throws std::runtime_error naming the file and what
// is wrong: neither format, damaged, an opcode or a call outside the subset.
PickledValue readTorchPickle(const std::filesystem::path& path);

// A demucs checkpoint (demucs.states.serialize_model / tools/export.py): the model's class
// name, its constructor's kwargs, and its state dict.
struct TorchCheckpoint {
    std::string klass; // "demucs.htdemucs.HTDemucs"
    nlohmann::json kwargs;
    std::map<std::string, torch::Tensor> state;
};

// Reads a demucs checkpoint ({"klass", "args", "kwargs", "state", ...}). Throws
// std::runtime_error when it is not one.
TorchCheckpoint readTorchCheckpoint(const std::filesystem::path& path);

// Reads a state dict saved by torch.save(model.state_dict()) (an OrderedDict of tensors, as
// Open-Unmix publishes its weights), or the "state" of a checkpoint that holds one.
std::map<std::string, torch::Tensor> readTorchStateDict(const std::filesystem::path& path);

} // namespace cadenza
