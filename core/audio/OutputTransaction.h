// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <vector>

namespace cadenza {

// Writes a set of files so that none appears at its final path half-written: each file is
// written under a temporary name in the same folder, and commit() renames them into place
// in the order they were staged (so stage the file that marks completion last), each one
// flushed to the disk before any is renamed and the folders flushed after. Staged files
// that were never committed are removed when the transaction ends.
//
// A test hook: when $CADENZA_TEST_COMMIT_FIFO names a FIFO and $CADENZA_TEST_COMMIT_IN a
// folder, a commit() with a file for that folder opens the FIFO and reads a byte before
// renaming anything, so that a test can kill the process at the moment every file is
// written and none is in place (test_cli).
class OutputTransaction {
  public:
    OutputTransaction() = default;
    OutputTransaction(const OutputTransaction&) = delete;
    OutputTransaction& operator=(const OutputTransaction&) = delete;
    ~OutputTransaction();

    // Returns the temporary path to write `finalPath`'s contents to.
    std::filesystem::path stage(const std::filesystem::path& finalPath);
    void commit();

  private:
    struct Entry {
        std::filesystem::path temporary;
        std::filesystem::path final;
    };
    std::vector<Entry> entries_;
    bool committed_ = false;
};

} // namespace cadenza
