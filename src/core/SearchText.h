#pragma once

#include <QString>
#include <QStringList>

// Free-text matching that ignores case and accents: "Lopez" finds "López", "QUANT" finds
// "quantization". Text is folded once when it is stored and once per query, never per comparison.
class SearchText
{
public:
    // Case-folded, with accents and other combining marks removed.
    static QString fold(QStringView text);
    // The folded words of a query, split on white space.
    static QStringList words(QStringView query);
    // True when every word occurs somewhere in the folded text.
    static bool containsAll(QStringView foldedText, const QStringList &foldedWords);
};
