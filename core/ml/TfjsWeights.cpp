// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/TfjsWeights.h"

#include "ml/ModuleWeights.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <vector>

namespace cadenza {
namespace {

std::vector<char> readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path.string() + " cannot be opened");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// One manifest group: its shards concatenated, then cut into its weights in order.
void readGroup(const nlohmann::json& group, const std::filesystem::path& folder, TfjsWeights& out) {
    std::vector<char> bytes;
    for (const auto& shard : group.at("paths")) {
        const auto name = shard.get<std::string>();
        if (name.find("..") != std::string::npos || std::filesystem::path(name).is_absolute())
            throw std::runtime_error("the shard path '" + name + "' leaves the model folder");
        const auto data = readAll(folder / name);
        bytes.insert(bytes.end(), data.begin(), data.end());
    }
    std::size_t offset = 0;
    for (const auto& weight : group.at("weights")) {
        const auto name = weight.at("name").get<std::string>();
        const auto dtype = weight.at("dtype").get<std::string>();
        if (weight.contains("quantization"))
            throw std::runtime_error("the weight '" + name + "' is quantised, which Cadenza does not read");
        std::vector<std::int64_t> shape;
        std::int64_t count = 1;
        for (const auto& dim : weight.at("shape")) {
            const auto size = dim.get<std::int64_t>();
            if (size < 0 || (size > 0 && count > std::numeric_limits<std::int32_t>::max() / size))
                throw std::runtime_error("the weight '" + name + "' has an impossible shape");
            shape.push_back(size);
            count *= size;
        }
        torch::ScalarType type = torch::kFloat32;
        if (dtype == "int32")
            type = torch::kInt32;
        else if (dtype != "float32")
            throw std::runtime_error("the weight '" + name + "' has the unsupported dtype " + dtype);
        const auto size = static_cast<std::size_t>(count) * 4;
        if (offset + size > bytes.size())
            throw std::runtime_error("the weight '" + name + "' runs past the end of its shards (" +
                                     std::to_string(bytes.size()) + " bytes)");
        auto tensor = torch::empty(shape, torch::TensorOptions().dtype(type));
        std::memcpy(tensor.data_ptr(), bytes.data() + offset, size);
        offset += size;
        if (!out.tensors.emplace(name, std::move(tensor)).second)
            throw std::runtime_error("the weight '" + name + "' is listed twice");
    }
    if (offset != bytes.size())
        throw std::runtime_error("the shards hold " + std::to_string(bytes.size()) + " bytes, the manifest names " +
                                 std::to_string(offset));
}

} // namespace

const torch::Tensor& TfjsWeights::at(const std::string& name, torch::IntArrayRef shape) const {
    const auto found = tensors.find(name);
    if (found == tensors.end())
        throw std::runtime_error("the model lacks the weight '" + name + "'");
    if (found->second.sizes() != shape)
        throw std::runtime_error("the weight '" + name + "' has the shape " + shapeText(found->second.sizes()) +
                                 ", the network needs " + shapeText(shape));
    return found->second;
}

TfjsWeights readTfjsWeights(const std::filesystem::path& modelJson) {
    const auto fail = [&](const std::string& why) { return std::runtime_error(modelJson.string() + ": " + why); };
    std::ifstream in(modelJson);
    if (!in)
        throw fail("cannot be opened");
    nlohmann::json model;
    try {
        model = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throw fail(std::string("is not valid JSON: ") + e.what());
    }
    if (!model.is_object() || !model.contains("weightsManifest") || !model["weightsManifest"].is_array())
        throw fail("is not a TensorFlow.js model (it has no weights manifest)");
    TfjsWeights weights;
    try {
        for (const auto& group : model["weightsManifest"])
            readGroup(group, modelJson.parent_path(), weights);
    } catch (const nlohmann::json::exception& e) {
        throw fail(std::string("has a damaged weights manifest: ") + e.what());
    } catch (const std::runtime_error& e) {
        throw fail(e.what());
    }
    return weights;
}

} // namespace cadenza
