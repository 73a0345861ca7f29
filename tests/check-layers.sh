#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layering rules of docs/architecture.md, checked on the sources (a CTest):
#  1. core/ includes no Qt header at all;
#  2. each folder of core/ includes only the folders the table below allows;
#  3. core/ never includes visual/, ui/ or app/; visual/ never includes ui/ or app/; ui/
#     never includes app/.
# Prints every include that breaks a rule, with its file and line, and fails if there is one.
set -uo pipefail
root=${1:?usage: check-layers.sh SOURCE_DIR}
cd "$root" || exit 2

# Folder -> the folders of core/ it may include besides itself. Lower layers first: a folder
# may only use folders listed above it.
declare -A allowed=(
  [base]=""
  [audio]="base"
  [dsp]="base audio"
  [music]="base"
  [prompt]="base music"
  [compose]="base music"
  [render]="base audio dsp music"
  [analysis]="base audio dsp music"
  [remix]="base audio dsp music"
  [separate]="base audio dsp"
  [transcribe]="base audio dsp music compose analysis"
  [project]="base"
  [jobs]="base project"
  [playback]="base audio"
  [export]="base audio dsp music project"
  [ml]="base audio dsp music analysis separate transcribe"
  [engines]="base audio dsp music prompt compose render analysis remix separate transcribe ml project"
  [runners]="base audio dsp music prompt compose render analysis remix separate transcribe ml project jobs export engines"
)

problems=0
report() {
  echo "$1"
  problems=$((problems + 1))
}

# 1. No Qt in core.
while IFS= read -r hit; do
  report "core includes Qt: $hit"
done < <(grep -rnE '^\s*#\s*include\s*<Q' core --include='*.h' --include='*.cpp')

# 2. The table, for every folder of core.
for dir in core/*/; do
  folder=$(basename "$dir")
  if [[ ! -v allowed[$folder] ]]; then
    report "core/$folder is not in the layering table of tests/check-layers.sh (add it, with what it may use)"
    continue
  fi
  while IFS=: read -r file line include; do
    used=$(sed -E 's/.*#\s*include\s*"([a-z]+)\/.*/\1/' <<<"$include")
    [[ "$used" == "$folder" ]] && continue
    [[ " ${allowed[$folder]} " == *" $used "* ]] && continue
    report "$file:$line: core/$folder may not include $used/ (${include## })"
  done < <(grep -rnE '^\s*#\s*include\s*"[a-z]+/' "$dir" --include='*.h' --include='*.cpp')
done

# 3. The libraries above core.
check_above() { # folder, then the folders it must not include
  local folder=$1
  shift
  for banned in "$@"; do
    while IFS= read -r hit; do
      report "$folder/ may not include $banned/: $hit"
    done < <(grep -rnE "^\s*#\s*include\s*\"$banned/" "$folder" --include='*.h' --include='*.cpp')
  done
}
check_above core visual ui app
check_above visual ui app
check_above ui app

if ((problems > 0)); then
  echo "$problems include(s) break the layering rules"
  exit 1
fi
echo "layering: every include follows the rules"
