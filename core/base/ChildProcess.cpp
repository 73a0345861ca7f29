// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/ChildProcess.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace cadenza {

ChildProcess::ChildProcess(const std::vector<std::string>& arguments, std::filesystem::path messages)
    : program_(arguments.at(0)), messages_(std::move(messages)) {
    int sockets[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0)
        throw std::runtime_error("cannot start " + program_ + ": " + std::strerror(errno));
    input_ = sockets[0];
    const int buffer = 4 << 20;
    ::setsockopt(input_, SOL_SOCKET, SO_SNDBUF, &buffer, sizeof buffer);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sockets[1], STDIN_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, messages_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<char*> argv;
    argv.reserve(arguments.size() + 1);
    for (const auto& a : arguments)
        argv.push_back(const_cast<char*>(a.c_str())); // posix_spawn's signature; not modified
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int status = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(sockets[1]);
    if (status != 0) {
        ::close(input_);
        throw std::runtime_error("cannot start " + program_ + " (" + std::strerror(status) + ")");
    }
    pid_ = pid;
}

ChildProcess::~ChildProcess() {
    if (input_ >= 0)
        ::close(input_);
    if (pid_ > 0) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
    }
    std::error_code ignored;
    std::filesystem::remove(messages_, ignored);
}

void ChildProcess::write(const unsigned char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t n = ::send(input_, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail(); // the child stopped reading: it failed, and says why
        data += n;
        size -= static_cast<std::size_t>(n);
    }
}

void ChildProcess::finish() {
    ::close(input_);
    input_ = -1;
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = 0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error(program_ + " failed: " + messages());
}

void ChildProcess::fail() {
    ::close(input_);
    input_ = -1;
    ::waitpid(pid_, nullptr, 0);
    pid_ = 0;
    throw std::runtime_error(program_ + " failed: " + messages());
}

std::string ChildProcess::messages() const {
    std::ifstream file(messages_);
    std::stringstream text;
    text << file.rdbuf();
    auto s = text.str();
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s.empty() ? std::string("no message") : s.substr(0, 600);
}

} // namespace cadenza
