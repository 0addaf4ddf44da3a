#!/usr/bin/env bash
# Builds the asan preset (AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer, every
# report fatal) and runs the whole test suite under it, the fuzz corpus replays included.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
