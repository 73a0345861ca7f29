// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace cadenza {

// Bad input from the person using Cadenza: an empty prompt, a value out of range, a file
// that does not decode. The message names what was wrong and why, in words a musician
// understands; front ends show it as is (the CLI exits with status 2).
class UserError : public std::runtime_error {
  public:
    UserError(std::string field, const std::string& message) : std::runtime_error(message), field_(std::move(field)) {}

    const std::string& field() const { return field_; }

  private:
    std::string field_;
};

} // namespace cadenza
