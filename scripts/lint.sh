#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The formatting and lint checks CI runs after the tests:
#  1. clang-format (.clang-format) on every C++ source of the repository: --dry-run --Werror;
#  2. clang-tidy (.clang-tidy) on core/, whose libtorch code (core/ml/) is left out: it
#     compiles against headers clang-tidy takes minutes to read. Any warning fails.
# BUILD is a configured build folder (for compile_commands.json); default build/.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}

echo "== clang-format"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

echo "== clang-tidy (core/, ml/ excepted)"
mapfile -t sources < <(git ls-files 'core/*.cpp' | grep -v '^core/ml/')
log=$(mktemp)
trap 'rm -f "$log"' EXIT
run-clang-tidy -p "$build" -quiet -j "$(nproc)" "${sources[@]/#/$PWD/}" >"$log" 2>&1 || true
# run-clang-tidy colours its output; the findings are the lines naming a file.
if sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^/.*:[0-9]+:[0-9]+: (warning|error):'; then
  echo "clang-tidy reported the findings above"
  exit 1
fi
echo "clean: ${#sources[@]} files"
