#pragma once

#include "Portfolio.h"
#include "Problem.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

struct BibtexResult {
    QList<Publication> publications;
    // All warnings but one: an input over the size limit is an error and gives no publications.
    QList<Problem> problems;
};

// Reads the publications of a BibTeX file, including the keys al-folio adds (abbr, preview,
// selected, code, pdf, html, award, ...). Every entry it skips and every value it doubts is
// reported with its line and column; the path names the entry as "@type{key}".
//
// Hand-written rather than Debian's libbtparse: libbtparse keeps its macro table and error
// handlers in process-wide state (the loader reads on two threads), prints to stderr unless every
// handler is replaced, aborts on what it calls internal errors, wants NUL-terminated input, and
// would still leave LaTeX-to-Unicode and al-folio's keys to us. The grammar is small enough that
// a single forward pass over the bytes, with no recursion, is easier to keep linear and safe.
class BibtexReader
{
    Q_DECLARE_TR_FUNCTIONS(BibtexReader)

public:
    static constexpr qint64 MaximumSize = 64 * 1024 * 1024;
    // Brace nesting allowed inside one value; real files rarely pass five.
    static constexpr int MaximumDepth = 64;
    static constexpr int MaximumProblems = 1000;

    // sourceName names the input in problems that belong to no entry (its size, its encoding).
    static BibtexResult read(QByteArrayView text, const QString &sourceName);
    // Reads the file, refusing one over MaximumSize before reading it; problems name the file by
    // its name without folder.
    static BibtexResult readFile(const QString &fileName);
};
