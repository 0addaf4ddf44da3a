"""Reads a BibTeX file with bibtexparser 1.x and prints what it found as JSON, for tst_citation.

Usage: /usr/bin/python3 read_bibtex.py FILE.bib

Prints {"entries": [...], "unparsed": [...]}. Each entry has "type", "key" and one member per
field, in lower case. Values come back as plain text: the LaTeX escapes Citation writes are undone
with the explicit table below and braces that only group or protect are dropped. bibtexparser 1.x
leaves both as written, and its convert_to_unicode customization drops escaped braces with the
rest and normalizes the text, so it would not round-trip. "author" is a list, split the way
BibTeX splits it (bibtexparser's own author customization ignores braces). "unparsed" is any text
bibtexparser could not read as an entry: it keeps going after a broken entry, so a test has to
look there too.

Exits with 77, the usual "skipped" status, when bibtexparser is not installed.
"""

import json
import re
import sys

try:
    import bibtexparser
    from bibtexparser.bparser import BibTexParser
except ImportError:
    print(sys.executable + " cannot import bibtexparser; on Debian install python3-bibtexparser",
          file=sys.stderr)
    sys.exit(77)

UNESCAPES = {
    r"{\textbackslash}": "\\",
    r"{\textbraceleft}": "{",
    r"{\textbraceright}": "}",
    r"{\textasciitilde}": "~",
    r"{\textasciicircum}": "^",
    r"\&": "&",
    r"\%": "%",
    r"\$": "$",
    r"\#": "#",
    r"\_": "_",
}
# One pass from left to right, so text that an escape turns into is never read again.
TOKEN = re.compile("|".join(re.escape(escape) for escape in UNESCAPES) + r"|[{}]")


def plain(value):
    return TOKEN.sub(lambda match: UNESCAPES.get(match.group(0), ""), value)


def authors(value):
    """Splits at each standalone "and", in any case, outside braces."""
    names = [[]]
    depth = 0
    for word in value.split():
        if depth == 0 and word.lower() == "and":
            names.append([])
            continue
        names[-1].append(word)
        depth += word.count("{") - word.count("}")
    return [plain(" ".join(name)) for name in names]


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        text = file.read()
    parser = BibTexParser(common_strings=False, ignore_nonstandard_types=False)
    database = bibtexparser.loads(text, parser)
    entries = []
    for entry in database.entries:
        read = {"type": entry["ENTRYTYPE"], "key": entry["ID"]}
        for name, value in entry.items():
            if name == "author":
                read[name] = authors(value)
            elif name not in ("ENTRYTYPE", "ID"):
                read[name] = plain(value)
        entries.append(read)
    result = {"entries": entries, "unparsed": database.comments}
    sys.stdout.buffer.write(json.dumps(result, ensure_ascii=False, indent=1).encode("utf-8"))


if __name__ == "__main__":
    main()
