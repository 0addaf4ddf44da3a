#pragma once

#include "Portfolio.h"

#include <QString>

// Ways to cite one publication elsewhere. Author markers (equal contribution, corresponding) belong
// to the portfolio's display, not to a citation, and are left out.
class Citation
{
public:
    // A BibTeX entry that bibtex, biber and bibtexparser all read back with the same title, authors,
    // year and venue: @misc for preprints and publications without a venue, @inproceedings otherwise.
    // Elided authors become one trailing "and others", as BibTeX cannot mark a gap inside the list.
    static QString bibtex(const Publication &publication);
    // One plain-text line to paste into a document: the first three named authors, "et al." when
    // anyone is left out, the title, venue and year, and the status in parentheses, e.g.
    // "Yu Zhang, Songwei Liu, Chenqian Yan, et al. S2O: Early Stopping for Sparse Attention via Online
    // Permutation. ACL 2026 (Oral)."
    static QString plainText(const Publication &publication);
    // The citation key, e.g. "liu2026tcec": the first named author's family name, the year and the
    // first title word that is not an article or preposition, in ASCII letters and digits only.
    // It depends on nothing but those fields, so it is stable; "anon" when all three give nothing.
    static QString key(const Publication &publication);
};
