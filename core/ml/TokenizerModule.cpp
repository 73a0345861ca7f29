// SPDX-License-Identifier: GPL-3.0-or-later
// cadenza-tokenizer.so: SentencePiece behind a C interface, loaded by TextTokenizer with
// RTLD_LOCAL | RTLD_DEEPBIND. Debian's libsentencepiece carries its own protobuf and
// exports it; libtorch loads the system's libprotobuf. In one lookup scope either library
// binds to the other's copy and the process aborts, whichever comes first. Loaded this way,
// each keeps its own.

#include <sentencepiece_processor.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace {

void copyMessage(const std::string& message, char* out, int size) {
    if (!out || size <= 0)
        return;
    const auto length = std::min(message.size(), static_cast<std::size_t>(size - 1));
    std::memcpy(out, message.data(), length);
    out[length] = '\0';
}

} // namespace

extern "C" {

// Returns the loaded model, or null with the reason in `error`.
void* cadenza_spm_load(const char* path, char* error, int errorSize) {
    auto processor = std::make_unique<sentencepiece::SentencePieceProcessor>();
    if (const auto status = processor->Load(path); !status.ok()) {
        copyMessage(status.ToString(), error, errorSize);
        return nullptr;
    }
    return processor.release();
}

void cadenza_spm_free(void* model) {
    std::unique_ptr<sentencepiece::SentencePieceProcessor>(static_cast<sentencepiece::SentencePieceProcessor*>(model));
}

// Writes up to `capacity` ids and returns how many the text has (more than capacity when
// they did not fit), or -1 with the reason in `error`.
int cadenza_spm_encode(void* model, const char* text, int* ids, int capacity, char* error, int errorSize) {
    std::vector<int> pieces;
    if (const auto status = static_cast<sentencepiece::SentencePieceProcessor*>(model)->Encode(text, &pieces);
        !status.ok()) {
        copyMessage(status.ToString(), error, errorSize);
        return -1;
    }
    std::copy_n(pieces.begin(), std::min<std::size_t>(pieces.size(), static_cast<std::size_t>(capacity)), ids);
    return static_cast<int>(pieces.size());
}

int cadenza_spm_end_id(void* model) {
    return static_cast<sentencepiece::SentencePieceProcessor*>(model)->eos_id();
}

int cadenza_spm_pieces(void* model) {
    return static_cast<sentencepiece::SentencePieceProcessor*>(model)->GetPieceSize();
}
}
