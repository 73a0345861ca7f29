#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The hardening runs that .ci/run makes after the test suites (docs/security.md says what
# each one covers and what it does not):
#  1. the core test suites under AddressSanitizer and UndefinedBehaviorSanitizer;
#  2. the job queue's and the player's tests under ThreadSanitizer;
#  3. the libFuzzer target over import, decoding and analysis, for CADENZA_FUZZ_SECONDS
#     (default 120), starting from seed files it writes and the kept regression inputs.
# Each build goes into its own folder beside build/.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"

# The sanitized builds leave out the neural models (CADENZA_WITH_TORCH=OFF): the tokenizer
# module is loaded with RTLD_DEEPBIND, which AddressSanitizer refuses, libtorch itself is not
# instrumented, and its headers would double these builds' time.
# 1. ASan + UBSan over every core suite.
cmake -S . -B build-asan -DCADENZA_SANITIZE=address -DCADENZA_BUILD_BENCH=OFF -DCADENZA_WITH_TORCH=OFF
cmake --build build-asan -j"$jobs"
ctest --test-dir build-asan --output-on-failure -L core

# 2. TSan: the threads that share state (the job queue's workers, the player's audio callback).
cmake -S . -B build-tsan -DCADENZA_SANITIZE=thread -DCADENZA_BUILD_BENCH=OFF -DCADENZA_WITH_TORCH=OFF
cmake --build build-tsan -j"$jobs" --target test_jobs test_player
ctest --test-dir build-tsan --output-on-failure -R '^(test_jobs|test_player)$'

# 3. Fuzzing, with clang's libFuzzer. A finding stops the run with the input saved in
#    build-fuzz/; keep it in tests/fuzz/regressions/ once fixed.
CXX=clang++ cmake -S . -B build-fuzz -DCADENZA_FUZZ=ON -DCADENZA_WERROR=OFF -DCADENZA_BUILD_TESTS=OFF \
  -DCADENZA_BUILD_BENCH=OFF -DCADENZA_WITH_TORCH=OFF
cmake --build build-fuzz -j"$jobs" --target fuzz-import fuzz-seeds
build-fuzz/bin/fuzz-seeds build-fuzz/corpus
LSAN_OPTIONS=suppressions="$PWD/tests/fuzz/lsan.supp" build-fuzz/bin/fuzz-import \
  -max_total_time="${CADENZA_FUZZ_SECONDS:-120}" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 \
  -artifact_prefix=build-fuzz/ build-fuzz/corpus tests/fuzz/regressions
