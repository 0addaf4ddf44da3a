#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Free-text matching that ignores case and accents: "Lopez" finds "López", "QUANT" finds
// "quantization". Text is folded once when it is stored and once per query, never per comparison,
// and kept as UTF-8: half the memory of UTF-16, and a one-letter query becomes a memchr. A folded
// query word holds no NUL, so NUL can separate stored texts.
class SearchText
{
public:
    // Case-folded, with accents and other combining marks removed.
    static QString fold(QStringView text);
    // The same, appended to `folded`: builds one text from many fields without a copy per field.
    static void appendFolded(QString &folded, QStringView text);
    // The folded words of a query, split on white space, in UTF-8.
    static QList<QByteArray> words(QStringView query);
};
