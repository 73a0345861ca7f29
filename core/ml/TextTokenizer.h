// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace cadenza {

// T5's tokenizer: a SentencePiece model (spiece.model) whose ids, with the end-of-sequence
// id appended, are what the text encoder reads, as transformers' T5Tokenizer makes them.
// SentencePiece runs in its own module, cadenza-tokenizer.so (see TokenizerModule.cpp for
// why), found in lib/cadenza beside the program's bin/ or at $CADENZA_TOKENIZER_MODULE.
class TextTokenizer {
  public:
    // Throws std::runtime_error when the module or the model cannot be loaded.
    explicit TextTokenizer(const std::filesystem::path& model);
    ~TextTokenizer();
    TextTokenizer(const TextTokenizer&) = delete;
    TextTokenizer& operator=(const TextTokenizer&) = delete;

    // The ids of `text`, at most maxTokens of them (the last one always the end id).
    std::vector<std::int64_t> encode(const std::string& text, std::size_t maxTokens = 512) const;
    int vocabularySize() const;
    int endId() const;

  private:
    void* model_ = nullptr; // owned by the module
};

} // namespace cadenza
