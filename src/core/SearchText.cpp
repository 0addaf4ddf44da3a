#include "SearchText.h"

#include <algorithm>

QString SearchText::fold(QStringView text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x80;
    });
    // Most text is ASCII, and lower-casing it is all folding does there; decomposing is the slow part.
    if (ascii) {
        return text.toString().toLower();
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_Enclosing) {
            folded.append(c);
        }
    }
    return folded.toCaseFolded();
}

QStringList SearchText::words(QStringView query)
{
    return fold(query).simplified().split(u' ', Qt::SkipEmptyParts);
}

bool SearchText::containsAll(QStringView foldedText, const QStringList &foldedWords)
{
    return std::all_of(foldedWords.cbegin(), foldedWords.cend(), [foldedText](const QString &word) {
        return foldedText.contains(word);
    });
}
