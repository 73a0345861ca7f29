// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace cadenza {

// A program run as a child process that reads what this process writes to its standard
// input, its messages (standard error) going to a file; standard output is discarded.
// The input is a socket, so that a write after the child died fails with EPIPE instead of
// raising SIGPIPE. The destructor kills and reaps a child that was not finished, and
// removes the messages file.
class ChildProcess {
  public:
    // Starts `arguments[0]`, looked up on PATH. Throws std::runtime_error when it cannot
    // start, naming the program and why.
    ChildProcess(const std::vector<std::string>& arguments, std::filesystem::path messages);
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    ~ChildProcess();

    // Writes all of `data` to the child's input; throws std::runtime_error with the child's
    // messages when it stopped reading (it failed).
    void write(const unsigned char* data, std::size_t size);
    // Ends the input and waits for the child to exit; throws std::runtime_error with its
    // messages unless it exited with status 0.
    void finish();

  private:
    [[noreturn]] void fail();
    std::string messages() const;

    std::string program_;
    std::filesystem::path messages_;
    int input_ = -1;
    int pid_ = 0;
};

} // namespace cadenza
