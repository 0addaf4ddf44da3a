#!/usr/bin/env bash
# Installs what is missing, builds the debug preset with Ninja and runs every test offscreen, then
# builds and runs the same tests under AddressSanitizer and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset debug
cmake --build --preset debug
ctest --preset debug
bash scripts/asan.sh
