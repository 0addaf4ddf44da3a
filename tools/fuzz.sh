#!/usr/bin/env bash
# Builds the fuzz preset (clang, libFuzzer) and fuzzes every target for SECONDS each (default 60),
# one after the other. Usage: tools/fuzz.sh [SECONDS] [TARGET...]
#
# New inputs collect in ../build-<folder>-fuzz/corpus/<target>, so each run starts from what the
# previous ones reached; the seed corpus in tests/fuzz/corpus/<target> is only read. A crash is
# written to ../build-<folder>-fuzz/crashes/; copy it into the seed corpus once it is fixed, so
# the replay test keeps it fixed. Each target's final statistics go to its log there too.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(loader inquiry bibtex bibtexreader image)
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
build=../build-$(basename "$PWD")-fuzz
mkdir -p "$build/crashes" "$build/logs"
status=0
for target in "${targets[@]}"; do
    mkdir -p "$build/corpus/$target"
    dictionary=()
    if [ -f "tests/fuzz/$target.dict" ]; then
        dictionary=(-dict="tests/fuzz/$target.dict")
    fi
    # A target's own libFuzzer flags, one a line, after the common ones so they can override them.
    options=()
    if [ -f "tests/fuzz/$target.options" ]; then
        mapfile -t options < <(grep -v -e '^#' -e '^$' "tests/fuzz/$target.options")
    fi
    echo "== $target: $seconds s"
    # Only a crash or a failed property stops a target early; -max_len keeps inputs the size of
    # a seed, where the interesting structure is.
    if ! "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=8192 -timeout=30 \
        -rss_limit_mb=4096 -print_final_stats=1 "${dictionary[@]}" "${options[@]}" \
        -artifact_prefix="$build/crashes/$target-" \
        "$build/corpus/$target" "tests/fuzz/corpus/$target" 2>"$build/logs/$target.log"; then
        status=1
        echo "!! $target failed; see $build/logs/$target.log and $build/crashes/"
    fi
    grep -E 'DONE|^stat::number_of_executed_units|^stat::peak_rss_mb' "$build/logs/$target.log" || true
done
exit $status
