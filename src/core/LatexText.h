#pragma once

#include <QString>
#include <QStringView>

// The text a reader sees in a BibTeX field written in LaTeX: accents and named characters become
// Unicode, escapes their character, dashes and quotes their typographic forms, and braces (which
// BibTeX uses to protect case) disappear. Commands it does not know are dropped and their
// argument kept, which is what a formatting command like \emph{...} wants.
class LatexText
{
public:
    // "~" becomes a no-break space; runs of spaces and line breaks become one space, and the
    // result is trimmed and in Unicode normalization form C.
    static QString toUnicode(QStringView latex);
};
