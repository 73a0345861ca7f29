// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/TextTokenizer.h"

#include "base/ResourcePaths.h"

#include <dlfcn.h>

#include <array>
#include <cstdlib>
#include <mutex>
#include <stdexcept>

namespace cadenza {
namespace {

// The module's entry points, resolved once per process.
struct TokenizerModule {
    void* (*load)(const char*, char*, int) = nullptr;
    void (*release)(void*) = nullptr;
    int (*encode)(void*, const char*, int*, int, char*, int) = nullptr;
    int (*endId)(void*) = nullptr;
    int (*pieces)(void*) = nullptr;
    std::string problem;
};

template <typename F> void resolve(void* handle, const char* name, F& into, std::string& problem) {
    // POSIX guarantees that a dlsym result converts to a function pointer.
    into = reinterpret_cast<F>(::dlsym(handle, name));
    if (!into && problem.empty())
        problem = std::string("the tokenizer module lacks ") + name;
}

const TokenizerModule& tokenizerModule() {
    static const TokenizerModule module = [] {
        TokenizerModule m;
        const char* env = std::getenv("CADENZA_TOKENIZER_MODULE");
        const auto path = env && *env ? std::filesystem::path(env) : moduleDirectory() / "cadenza-tokenizer.so";
        // Never closed: the models it made live as long as the process may use them.
        void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!handle) {
            const char* why = ::dlerror();
            m.problem = "the tokenizer module could not be loaded (" + path.string() + "): " + (why ? why : "unknown");
            return m;
        }
        resolve(handle, "cadenza_spm_load", m.load, m.problem);
        resolve(handle, "cadenza_spm_free", m.release, m.problem);
        resolve(handle, "cadenza_spm_encode", m.encode, m.problem);
        resolve(handle, "cadenza_spm_end_id", m.endId, m.problem);
        resolve(handle, "cadenza_spm_pieces", m.pieces, m.problem);
        return m;
    }();
    return module;
}

} // namespace

TextTokenizer::TextTokenizer(const std::filesystem::path& model) {
    const auto& module = tokenizerModule();
    if (!module.problem.empty())
        throw std::runtime_error(module.problem);
    std::array<char, 512> error{};
    model_ = module.load(model.c_str(), error.data(), static_cast<int>(error.size()));
    if (!model_)
        throw std::runtime_error("cannot load the tokenizer " + model.string() + ": " + error.data());
    if (module.endId(model_) < 0) {
        module.release(model_);
        throw std::runtime_error("the tokenizer " + model.string() + " has no end-of-sequence piece");
    }
}

TextTokenizer::~TextTokenizer() {
    tokenizerModule().release(model_);
}

std::vector<std::int64_t> TextTokenizer::encode(const std::string& text, std::size_t maxTokens) const {
    const auto& module = tokenizerModule();
    std::array<char, 512> error{};
    std::vector<int> ids(std::max<std::size_t>(maxTokens, 1));
    const int count =
        module.encode(model_, text.c_str(), ids.data(), static_cast<int>(ids.size()), error.data(), error.size());
    if (count < 0)
        throw std::runtime_error(std::string("cannot tokenize the text: ") + error.data());
    // Room for the end id.
    ids.resize(std::min(static_cast<std::size_t>(count), maxTokens > 0 ? maxTokens - 1 : 0));
    std::vector<std::int64_t> out(ids.begin(), ids.end());
    out.push_back(module.endId(model_));
    return out;
}

int TextTokenizer::vocabularySize() const {
    return tokenizerModule().pieces(model_);
}

int TextTokenizer::endId() const {
    return tokenizerModule().endId(model_);
}

} // namespace cadenza
