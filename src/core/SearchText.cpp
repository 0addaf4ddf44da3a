#include "SearchText.h"

#include <algorithm>

void SearchText::appendFolded(QString &folded, QStringView text)
{
    // Most text is ASCII, where folding is lower-casing in place after one copy; decomposing
    // is the slow part, so only text with other characters pays for it.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x80;
    });
    if (ascii) {
        const qsizetype start = folded.size();
        folded.append(text);
        for (QChar *c = folded.data() + start, *end = folded.data() + folded.size(); c != end; ++c) {
            if (c->unicode() >= u'A' && c->unicode() <= u'Z') {
                *c = QChar(c->unicode() + 32);
            }
        }
        return;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() < 0x80) {
            folded.append(c.unicode() >= u'A' && c.unicode() <= u'Z' ? QChar(c.unicode() + 32) : c);
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            folded.append(text.sliced(i, 2));
            ++i;
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
        for (const QChar part : decomposed) {
            if (part.category() != QChar::Mark_NonSpacing && part.category() != QChar::Mark_Enclosing) {
                folded.append(part.toCaseFolded());
            }
        }
    }
}

QString SearchText::fold(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    appendFolded(folded, text);
    return folded;
}

QList<QByteArray> SearchText::words(QStringView query)
{
    QList<QByteArray> words;
    QString folded = fold(query);
    folded.remove(QChar(0));
    for (const QString &word : folded.simplified().split(u' ', Qt::SkipEmptyParts)) {
        words.append(word.toUtf8());
    }
    return words;
}
