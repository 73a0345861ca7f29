// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/OutputTransaction.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <set>
#include <string>
#include <system_error>

#include <fcntl.h>
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

namespace {

// Flushes a file or folder to the disk, so that a rename never outlives the data it names.
void syncToDisk(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw std::system_error(errno, std::generic_category(), "cannot open " + path.string());
    const int status = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (status != 0)
        throw std::system_error(error, std::generic_category(), "cannot flush " + path.string());
}

// The test hook of the header: blocks until the test writes a byte to the FIFO (or closes it).
void waitForTestBeforeCommit(const std::vector<std::filesystem::path>& finals) {
    const char* fifo = std::getenv("CADENZA_TEST_COMMIT_FIFO");
    const char* folder = std::getenv("CADENZA_TEST_COMMIT_IN");
    if (fifo == nullptr || *fifo == '\0' || folder == nullptr || *folder == '\0')
        return;
    const auto held = std::filesystem::weakly_canonical(folder);
    if (std::none_of(finals.begin(), finals.end(), [&](const std::filesystem::path& file) {
            return std::filesystem::weakly_canonical(file).parent_path() == held;
        }))
        return;
    const int fd = ::open(fifo, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    char byte = 0;
    while (::read(fd, &byte, 1) < 0 && errno == EINTR) {
    }
    ::close(fd);
}

} // namespace

void OutputTransaction::commit() {
    std::vector<std::filesystem::path> finals;
    for (const auto& e : entries_)
        finals.push_back(e.final);
    waitForTestBeforeCommit(finals);
    std::set<std::filesystem::path> folders;
    for (const auto& e : entries_) {
        syncToDisk(e.temporary);
        folders.insert(e.final.parent_path());
    }
    for (const auto& e : entries_)
        std::filesystem::rename(e.temporary, e.final);
    committed_ = true;
    for (const auto& folder : folders)
        syncToDisk(folder.empty() ? "." : folder);
}

} // namespace cadenza
