// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <torch/nn/module.h>

#include <map>
#include <string>

namespace cadenza {

// A tensor shape as messages print it: "[3, 39, 8, 8]".
std::string shapeText(c10::IntArrayRef sizes);

// Every parameter and buffer of a module, by its dotted name ("trunk.0.weight").
std::map<std::string, torch::Tensor> moduleWeights(const torch::nn::Module& module);

// Copies weights into a module's parameters and buffers, name by name, letting go of each
// as it is copied (pass a checkpoint's tensors by moving them in: views of a mapped file
// then give their pages back one by one, and the weights are held once, not twice). Throws
// std::runtime_error naming the first tensor that is missing or whose shape differs from
// what the module (built from its configuration) expects. `source` names the file.
void assignModuleWeights(torch::nn::Module& module, std::map<std::string, torch::Tensor> weights,
                         const std::string& source);

} // namespace cadenza
