#!/usr/bin/env bash
# Start-up to first frame: `portfolio --quit-after-first-frame` against bench_bare_window, a bare
# Qt Widgets window that quits at the same point. Prints, for each, the median and min wall time
# from launch to the first frame (the time both print when they paint it), the median wall time to
# exit, and the median peak RSS; and the ratio app/bare of each.
#
#   tests/bench/startup.sh [--xvfb] [runs] [build-dir]
#
# runs defaults to 20, build-dir to the release preset's ../build-<folder>-release. With --xvfb it
# measures again on the xcb platform under Xvfb (Debian package xvfb) after the offscreen runs.
# Needs bash 5, coreutils, awk and GNU time (Debian package time).
set -euo pipefail

usage() { sed -n '2,10s/^# \{0,1\}//p' "$0"; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
platform=offscreen
xvfb=false
positional=()
while (($#)); do
    case $1 in
    --xvfb) xvfb=true ;;
    --platform) platform=$2; shift ;; # internal: how the script runs itself under xvfb-run
    -h | --help) usage; exit 0 ;;
    -*) echo "startup.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) positional+=("$1") ;;
    esac
    shift
done
runs=${positional[0]:-20}
build=${positional[1]:-$repo/../build-$(basename "$repo")-release}

[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "startup.sh: runs must be a positive integer, not '$runs'" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "startup.sh: needs GNU time at /usr/bin/time (Debian package time)" >&2; exit 2; }
if $xvfb && ! command -v xvfb-run >/dev/null; then
    echo "startup.sh: --xvfb needs xvfb-run (Debian package xvfb)" >&2
    exit 2
fi
app=$build/src/portfolio
bare=$build/tests/bench/bench_bare_window
for binary in "$app" "$bare"; do
    [[ -x $binary ]] || { echo "startup.sh: $binary is missing; build targets portfolio and bench_bare_window" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs one program once and appends "<µs to first frame> <peak RSS KiB> <µs to exit>" to
# $work/<name>. GNU time prints wall time in hundredths of a second only, too coarse here, so the
# times come from the shell clock, which is the clock the programs print their first frame by;
# both programs pay the same few ms for timeout and time.
measure() {
    local name=$1
    shift
    # A fresh settings directory on every run: the app saves its geometry on exit, and the next
    # run would otherwise restore it, unlike the first.
    rm -rf "$work/config"
    mkdir "$work/config"
    local start=${EPOCHREALTIME//[!0-9]/} status=0
    XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=$platform \
        timeout 60 /usr/bin/time -f '%M' -o "$work/rss" "$@" >"$work/log" 2>&1 || status=$?
    local end=${EPOCHREALTIME//[!0-9]/}
    if ((status != 0)); then
        local why="status $status"
        ((status != 124)) || why="no exit within 60 s"
        echo "startup.sh: '$*' failed on platform $platform ($why):" >&2
        cat "$work/log" >&2
        exit 1
    fi
    local frame
    frame=$(sed -n 's/^first frame at \([0-9]*\)$/\1/p' "$work/log")
    if [[ -z $frame ]]; then
        echo "startup.sh: '$*' did not print its first frame on platform $platform:" >&2
        cat "$work/log" >&2
        exit 1
    fi
    echo "$((frame - start)) $(tail -n 1 "$work/rss") $((end - start))" >>"$work/$name"
}

# Prints the median and the minimum of column $2 of $work/$1, one per line.
median_min() {
    sort -n -k"$2,$2" "$work/$1" | awk -v c="$2" '
        { v[NR] = $c }
        END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print v[1] }'
}

# Prints "<median ms to frame> <min ms to frame> <median ms to exit> <median RSS MiB>" for the
# runs in $work/$1.
summarize() {
    local frame rss exit
    frame=$(median_min "$1" 1)
    rss=$(median_min "$1" 2)
    exit=$(median_min "$1" 3)
    awk -v f="$frame" -v r="$rss" -v e="$exit" 'BEGIN {
        split(f, x, "\n"); split(r, y, "\n"); split(e, z, "\n")
        printf "%.1f %.1f %.1f %.1f\n", x[1] / 1000, x[2] / 1000, z[1] / 1000, y[1] / 1024
    }'
}

for ((i = 1; i <= runs; ++i)); do
    measure app "$app" --quit-after-first-frame
    measure bare "$bare"
    printf '\r%s: %d/%d' "$platform" "$i" "$runs" >&2
done
printf '\n' >&2

read -r -a appFigures < <(summarize app)
read -r -a bareFigures < <(summarize bare)
printf '%s, %d runs each (Qt platform %s)\n' "$(basename "$build")" "$runs" "$platform"
printf '%-12s %16s %13s %15s %16s\n' '' 'median ms, frame' 'min ms, frame' 'median ms, exit' 'median peak MiB'
printf '%-12s %16.1f %13.1f %15.1f %16.1f\n' portfolio "${appFigures[@]}"
printf '%-12s %16.1f %13.1f %15.1f %16.1f\n' 'bare window' "${bareFigures[@]}"
awk -v a="${appFigures[*]}" -v b="${bareFigures[*]}" 'BEGIN {
    split(a, x); split(b, y)
    printf "%-12s %16.2f %13.2f %15.2f %16.2f\n", "app/bare", x[1] / y[1], x[2] / y[2], x[3] / y[3], x[4] / y[4]
}'

if $xvfb; then
    echo
    # One X server for all the runs, so its own start-up is not measured.
    xvfb-run -a -s '-screen 0 1920x1080x24' bash "$0" --platform xcb "$runs" "$build"
fi
