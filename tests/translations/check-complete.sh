#!/usr/bin/env bash
# Fails when a message of the app has no finished translation in a .ts file: runs lupdate over
# the sources into a copy of the file, so a string added to the code but not yet translated
# counts as missing even when nobody has run update_translations.
#   check-complete.sh LUPDATE FILE.ts SOURCE_DIR...
set -euo pipefail
lupdate=$1
ts=$2
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$ts" "$scratch/check.ts"
"$lupdate" -silent -no-obsolete -locations none "$@" -ts "$scratch/check.ts"
/usr/bin/python3 - "$scratch/check.ts" "$(basename "$ts")" <<'PY'
import sys
import xml.etree.ElementTree as ET

path, name = sys.argv[1], sys.argv[2]
missing = []
total = 0
for context in ET.parse(path).getroot().iter("context"):
    for message in context.iter("message"):
        total += 1
        translation = message.find("translation")
        if translation is None or translation.get("type") or not (translation.text or "").strip():
            missing.append(f'{context.findtext("name")}: "{message.findtext("source")}"')
for line in missing:
    print(f"{name}: not translated: {line}")
print(f"{name}: {total - len(missing)} of {total} messages translated")
sys.exit(1 if missing else 0)
PY
