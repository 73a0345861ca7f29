# SPDX-License-Identifier: GPL-3.0-or-later
# Run at every build (cmake -P): writes BuildInfo.cpp with the version and the git commit
# of the source tree. configure_file leaves the file untouched when nothing changed, so a
# build without a new commit recompiles nothing.
execute_process(
  COMMAND git -C "${SOURCE_DIR}" describe --always --dirty --abbrev=12 --match NONE
  OUTPUT_VARIABLE CADENZA_COMMIT
  OUTPUT_STRIP_TRAILING_WHITESPACE
  ERROR_QUIET
  RESULT_VARIABLE failed)
if(failed OR CADENZA_COMMIT STREQUAL "")
  set(CADENZA_COMMIT "unknown")
endif()
configure_file("${SOURCE_DIR}/core/base/BuildInfo.cpp.in" "${OUTPUT}" @ONLY)
