#!/usr/bin/env bash
# Installs what is missing, builds the debug preset with Ninja and runs every test offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset debug
cmake --build --preset debug
ctest --preset debug
