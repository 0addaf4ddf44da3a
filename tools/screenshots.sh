#!/usr/bin/env bash
# Retakes the screenshots in docs/screenshots/ from a release build, under Xvfb, each with fresh
# settings. Needs the Debian packages xvfb and imagemagick.
#   tools/screenshots.sh [build-dir]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app=${1:-$repo/../build-$(basename "$repo")-release}/src/portfolio
out=$repo/docs/screenshots
display=:93
mkdir -p "$out"

Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null' EXIT
sleep 1

# shot NAME WIDTHxHEIGHT SETTINGS [app arguments...]: SETTINGS is the text of portfolio.conf.
shot() {
    local name=$1 size=$2 settings=$3
    shift 3
    local config
    config=$(mktemp -d)
    mkdir -p "$config/portfolio"
    printf '%s\n' "$settings" >"$config/portfolio/portfolio.conf"
    DISPLAY=$display XDG_CONFIG_HOME=$config "$app" -geometry "$size+0+0" "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep 2.5
    DISPLAY=$display import -window root -crop "$size+0+0" +repage "$out/$name.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$config"
}

for section in overview research news projects skills background talks contact; do
    shot "$section" 1180x760 "" --section "$section"
done
shot publications 1280x800 "" --publication s2o
shot publications-filtered 1280x800 $'[publications]\nvenues=ICML' --publication tcec
shot publications-dark 1280x800 $'[appearance]\ntheme=dark\n[publications]\nvenues=ICML' --publication tcec
shot publications-table 1280x800 $'[publications]\nview=table\nyears=2025, 2026' --publication abq-llm
shot overview-dark 1180x760 $'[appearance]\ntheme=dark' --section overview
shot small-window 720x480 "" --section news
shot problems 1180x760 "" --data "$repo/tests/data/broken/year-as-words.json"
echo "screenshots written to $out"
