#!/usr/bin/env bash
# Builds the .deb and .tar.gz from a configured, built tree, checks the .deb with lintian and
# apt's resolver, unpacks it into a scratch root and runs the installed binary there.
#   test-deb.sh BUILD_DIR
set -euo pipefail
build=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || {
    cat "$scratch/cpack.log"
    exit 1
}
deb=$(ls "$scratch"/out/portfolio_*.deb)
ls "$scratch"/out/portfolio-*.tar.gz >/dev/null

# Errors fail; warnings are printed for whoever reads the log.
lintian --no-tag-display-limit "$deb" 2>/dev/null | tee "$scratch/lintian.txt"
if grep -q '^E: ' "$scratch/lintian.txt"; then
    echo "lintian reports errors" >&2
    exit 1
fi
# Every dependency the package names exists and installs on this system.
apt-get install --simulate --no-install-recommends "$deb" >"$scratch/apt.txt" 2>&1 || {
    cat "$scratch/apt.txt"
    exit 1
}

dpkg-deb -x "$deb" "$scratch/root"
for file in usr/bin/portfolio usr/share/applications/io.github.lswzjuer.Portfolio.desktop \
    usr/share/metainfo/io.github.lswzjuer.Portfolio.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.lswzjuer.Portfolio.svg \
    usr/share/icons/hicolor/48x48/apps/io.github.lswzjuer.Portfolio.png \
    usr/share/doc/portfolio/copyright usr/share/man/man1/portfolio.1.gz; do
    test -f "$scratch/root/$file" || { echo "missing from the package: $file" >&2; exit 1; }
done
version=$("$scratch/root/usr/bin/portfolio" --version)
echo "$version"
[[ $version == "portfolio $(dpkg-deb -f "$deb" Version)" ]] || { echo "unexpected version: $version" >&2; exit 1; }
"$scratch/root/usr/bin/portfolio" --validate :/portfolio.json
echo "package test passed: $(basename "$deb")"
