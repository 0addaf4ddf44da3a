#!/usr/bin/env bash
# Runs every test of a debug build under valgrind memcheck and lists the definite leaks whose
# stack passes through the project's own code (src/ or tests/). Leaks wholly inside Qt, fontconfig
# or the graphics stack are counted but not listed: the project cannot free what it never held.
# Those in tools/memcheck.supp are not counted at all: they pass through test code but are not its.
# Usage: tools/memcheck.sh [BUILD_DIR] [CTEST_ARGS...]   (default ../build-<folder>-debug, built)
# Exits 1 when a project leak is found.
set -euo pipefail
command -v valgrind >/dev/null || { echo "memcheck.sh needs valgrind (apt-get install valgrind)" >&2; exit 2; }
cd "$(dirname "$0")/.."
source_dir=$PWD
build=$(realpath "${1:-../build-$(basename "$PWD")-debug}")
shift || true
logs=$build/Testing/Temporary
rm -f "$logs"/MemoryChecker.*.log

# CTest gives each test its own log. A test's result under valgrind says little (timing tests may
# miss their deadlines); the leak records are what this is for, so the run goes on regardless.
ctest --test-dir "$build" --timeout 3000 "$@" \
    --overwrite MemoryCheckCommand="$(command -v valgrind)" \
    --overwrite MemoryCheckCommandOptions="--tool=memcheck --leak-check=full --show-leak-kinds=definite \
--errors-for-leak-kinds=definite --num-callers=40 --fullpath-after= --suppressions=$source_dir/tools/memcheck.supp" \
    -T memcheck > "$build/memcheck.out" 2>&1 || true
grep -E 'tests passed|tests failed|Defects|Memory Leak' "$build/memcheck.out" || true

python3 - "$source_dir" "$logs" <<'PY'
import pathlib, re, sys
source, logs = sys.argv[1], pathlib.Path(sys.argv[2])
project = re.compile(re.escape(source) + r'/(src|tests)/')
total = listed = 0
for log in sorted(logs.glob('MemoryChecker.*.log')):
    text = log.read_text(errors='replace')
    command = re.search(r'== Command: (.*)', text)
    for record in re.split(r'\n==\d+== \n', text):
        if 'are definitely lost' not in record:
            continue
        total += 1
        if project.search(record):
            listed += 1
            print(f'--- {command.group(1) if command else log.name}')
            print(re.sub(r'^==\d+== ', '', record.strip(), flags=re.M))
print(f'definite leak records: {total}, through project code: {listed}')
sys.exit(1 if listed else 0)
PY
