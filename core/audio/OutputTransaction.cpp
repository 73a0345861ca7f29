#include "audio/OutputTransaction.h"

#include <fstream>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace cadenza {

OutputTransaction::~OutputTransaction() {
    if (committed_)
        return;
    std::error_code ignored;
    for (const auto& e : entries_)
        std::filesystem::remove(e.temporary, ignored);
}

std::filesystem::path OutputTransaction::stage(const std::filesystem::path& finalPath) {
    auto temporary = finalPath;
    temporary.replace_filename("." + finalPath.filename().string() + ".part-" + std::to_string(::getpid()));
    entries_.push_back({temporary, finalPath});
    return temporary;
}

void OutputTransaction::commit() {
    for (const auto& e : entries_)
        std::filesystem::rename(e.temporary, e.final);
    committed_ = true;
}

void writeFileAtomically(const std::filesystem::path& path, const std::string& bytes) {
    OutputTransaction transaction;
    const auto temporary = transaction.stage(path);
    {
        std::ofstream out(temporary, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
            throw std::runtime_error("cannot write " + path.string());
    }
    transaction.commit();
}

} // namespace cadenza
