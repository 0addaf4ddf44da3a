#!/usr/bin/env bash
# Renders the app icon (resources/icons/portfolio.svg) into the hicolor PNG sizes that
# packaging/ installs beside the SVG. Run after changing the SVG; needs librsvg2-bin.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
for size in 16 24 32 48 64 128 256 512; do
    folder=$repo/packaging/icons/hicolor/${size}x${size}/apps
    mkdir -p "$folder"
    rsvg-convert -w "$size" -h "$size" "$repo/resources/icons/portfolio.svg" -o "$folder/io.github.lswzjuer.Portfolio.png"
done
