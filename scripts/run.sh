#!/usr/bin/env bash
# Installs what is missing, builds the release preset with Ninja and launches the app.
# Arguments are passed to the app, e.g. scripts/run.sh --data my-portfolio.json
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release --target portfolio
exec "../build-$(basename "$PWD")-release/src/portfolio" "$@"
