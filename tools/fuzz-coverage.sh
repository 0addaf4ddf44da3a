#!/usr/bin/env bash
# Line and branch coverage of the project's code reached by the fuzz corpus: the seeds in
# tests/fuzz/corpus/ plus what tools/fuzz.sh collected in ../build-<folder>-fuzz/corpus/.
# Builds the replay executables with clang's source-based coverage in ../build-<folder>-fuzzcov
# and prints llvm-cov's report per target for the files of src/core/ and src/net/.
# Usage: tools/fuzz-coverage.sh [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(loader inquiry bibtex bibtexreader image)
fi
folder=$(basename "$PWD")
build=../build-$folder-fuzzcov
collected=../build-$folder-fuzz/corpus

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="-fprofile-instr-generate -fcoverage-mapping" \
    -DCMAKE_EXE_LINKER_FLAGS="-fprofile-instr-generate" >/dev/null
replays=()
for target in "${targets[@]}"; do
    replays+=("fuzz_${target}_replay")
done
cmake --build "$build" --target "${replays[@]}"
for target in "${targets[@]}"; do
    binary=$build/tests/fuzz/fuzz_${target}_replay
    inputs=("tests/fuzz/corpus/$target")
    if [ -d "$collected/$target" ]; then
        inputs+=("$collected/$target")
    fi
    LLVM_PROFILE_FILE="$build/$target.profraw" "$binary" "${inputs[@]}" >/dev/null
    llvm-profdata merge -sparse "$build/$target.profraw" -o "$build/$target.profdata"
    echo "== $target"
    llvm-cov report "$binary" -instr-profile="$build/$target.profdata" src/core src/net
done
