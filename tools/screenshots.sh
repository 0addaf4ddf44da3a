#!/usr/bin/env bash
# Retakes the screenshots in docs/screenshots/ from a release build, under Xvfb, each with fresh
# settings. Needs the Debian packages xvfb, imagemagick and xdotool.
#   tools/screenshots.sh [build-dir]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app=${1:-$repo/../build-$(basename "$repo")-release}/src/portfolio
out=$repo/docs/screenshots
display=:93
mkdir -p "$out"

Xvfb "$display" -screen 0 2560x1600x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null' EXIT
sleep 1

# shot NAME WIDTHxHEIGHT SETTINGS [app arguments...]: SETTINGS is the text of portfolio.conf.
# With DRAFT set, its text is the unsent inquiry the app finds; with KEYS set, xdotool presses
# those keys once the window is up (Return answers the composer's "continue the draft?"); with
# WINDOW set, only the window of that title is taken; CROP is the area taken when it is not the
# window's size (at QT_SCALE_FACTOR=2 the window covers twice its size in pixels).
shot() {
    local name=$1 size=$2 settings=$3
    shift 3
    local config data
    config=$(mktemp -d)
    data=$(mktemp -d)
    mkdir -p "$config/portfolio" "$data/portfolio/portfolio/drafts"
    printf '%s\n' "$settings" >"$config/portfolio/portfolio.conf"
    if [ -n "${DRAFT:-}" ]; then
        printf '%s\n' "$DRAFT" >"$data/portfolio/portfolio/drafts/inquiry.json"
    fi
    DISPLAY=$display XDG_CONFIG_HOME=$config XDG_DATA_HOME=$data "$app" -geometry "$size+0+0" "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep 2.5
    if [ -n "${KEYS:-}" ]; then
        DISPLAY=$display xdotool key $KEYS
        sleep 1
    fi
    if [ -n "${WINDOW:-}" ]; then
        DISPLAY=$display import -window "$(DISPLAY=$display xdotool search --name "$WINDOW" | tail -1)" "$out/$name.png"
    else
        DISPLAY=$display import -window root -crop "${CROP:-$size}+0+0" +repage "$out/$name.png"
    fi
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$config" "$data"
}

# draft NAME EMAIL SUBJECT MESSAGE: a stored inquiry in the DraftStore format.
draft() {
    python3 -c 'import json, sys; print(json.dumps({"version": 1, "savedAt": "2026-12-01T09:30:00.000Z",
        "kind": "technical-discussion", "publicationId": "tcec", "publicationTitle": sys.argv[5],
        "to": "", "toName": "", "topic": "", "name": sys.argv[1], "email": sys.argv[2],
        "subject": sys.argv[3], "message": sys.argv[4]}))' "$@" \
        "TCEC: Error Propagation Mechanisms and Compensation Strategies for Quantized Diffusion"
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
shot chinese 1280x800 $'[appearance]\nlanguage=zh_CN\n[publications]\nvenues=ICML' --publication tcec
QT_SCALE_FACTOR=2 CROP=2360x1520 shot scale-2 1180x760 $'[publications]\nvenues=ICML' --publication tcec
export WINDOW="Write an Inquiry"
shot composer-empty 1280x800 "" --compose
DRAFT=$(draft "Ada Lovelace" "ada@example" "" $'Dear Songwei Liu,\n\nI have a question about TCEC.') KEYS=Return \
    shot composer-validation 1280x800 "" --compose
filled=$(draft "王小明" "wang@example.org" "Technical discussion: “TCEC: Error Propagation Mechanisms and Compensation Strategies for Quantized Diffusion”" \
    $'Dear Songwei Liu,\n\nI would like to discuss a technical question with you.\n\nMy message concerns your paper “TCEC: Error Propagation Mechanisms and Compensation Strategies for Quantized Diffusion”. How does the compensation behave at 4 bits?\n\nBest regards,\n王小明\nwang@example.org')
DRAFT=$filled KEYS=Return shot composer-filled 1280x800 "" --compose
DRAFT=$filled KEYS=Return shot composer-dark 1280x800 $'[appearance]\ntheme=dark' --compose
unset WINDOW
DRAFT=$filled shot draft-offered 1180x760 "" --section contact

# A portfolio made of a profile and a .bib file, as the README's two commands make it.
own=$(mktemp -d)
cp "$repo/tests/data/bibtex/tricky.bib" "$own/papers.bib"
printf '{"formatVersion": 1, "profile": {"name": "Ada Lovelace"}, "bibliographies": ["papers.bib"]}\n' >"$own/portfolio.json"
shot bibtex 1280x800 "" --data "$own/portfolio.json" --publication escapes-2024
rm -rf "$own"

# A portfolio from the web: fetched once, then shown from its copy with the server gone.
XDG_CACHE_HOME=$(mktemp -d)
export XDG_CACHE_HOME
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$repo/resources" "$port" >/dev/null 2>&1 &
server=$!
sleep 1
shot remote 1280x800 "" --data "http://127.0.0.1:$port/portfolio.json" --publication tcec
kill "$server"
wait "$server" 2>/dev/null || true
shot remote-offline 1280x800 $'[appearance]\ntheme=dark' --data "http://127.0.0.1:$port/portfolio.json" --publication tcec
rm -rf "$XDG_CACHE_HOME"
echo "screenshots written to $out"
