// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/ModuleWeights.h"

#include <torch/utils.h>

#include <sstream>
#include <stdexcept>

namespace cadenza {

std::string shapeText(c10::IntArrayRef sizes) {
    std::ostringstream text;
    text << '[';
    for (std::size_t i = 0; i < sizes.size(); ++i)
        text << (i ? ", " : "") << sizes[i];
    text << ']';
    return text.str();
}

std::map<std::string, torch::Tensor> moduleWeights(const torch::nn::Module& module) {
    std::map<std::string, torch::Tensor> out;
    for (const auto& item : module.named_parameters())
        out.emplace(item.key(), item.value());
    for (const auto& item : module.named_buffers())
        out.emplace(item.key(), item.value());
    return out;
}

void assignModuleWeights(torch::nn::Module& module, std::map<std::string, torch::Tensor> weights,
                         const std::string& source) {
    const torch::NoGradGuard noGrad;
    for (auto& [name, target] : moduleWeights(module)) {
        const auto found = weights.find(name);
        std::ostringstream problem;
        if (found == weights.end())
            problem << source << " lacks the tensor '" << name << "' " << shapeText(target.sizes());
        else if (found->second.sizes() != target.sizes())
            problem << source << ": tensor '" << name << "' has shape " << shapeText(found->second.sizes())
                    << " where the configuration needs " << shapeText(target.sizes());
        if (!problem.str().empty())
            throw std::runtime_error(problem.str());
        target.copy_(found->second.to(target.dtype()));
        weights.erase(found); // a mapped file's pages go as soon as they are copied
    }
}

} // namespace cadenza
