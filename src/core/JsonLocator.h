#pragma once

#include <QAnyStringView>
#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// Finds where values sit in JSON text. QJsonDocument forgets positions once it has parsed, so
// problems found later are located here, in one pass over text that is already known to parse.
// Before parsing, it can also cut a long top-level list into the texts of its elements.
class JsonLocator
{
public:
    struct Position {
        int line = 0;
        int column = 0;
    };

    // The path of a member or an element, as problems name them: "publications[3].year".
    static QString keyPath(const QString &parent, QAnyStringView key);
    static QString indexPath(const QString &parent, qsizetype index);

    // The line and column, both from 1, of the value at each wanted path that exists. Columns count
    // characters, not bytes.
    static QHash<QString, Position> locate(QByteArrayView json, const QSet<QString> &paths);

    // The line and column of a byte offset.
    static Position positionOf(QByteArrayView text, qsizetype offset);

    // A top-level list taken out of the text, so that its elements can be parsed one at a time.
    struct Split {
        // The text with the list emptied: `"key": []`.
        QByteArray rest;
        // The text of each element, in order.
        QList<QByteArrayView> elements;
    };
    // Splits off the list at the top-level member `key` when the text is a plain object in which
    // `key` appears once, unescaped, and the list holds only objects of modest depth, separated by
    // commas and white space. Then the text parses if and only if the rest and every element do,
    // to the same values. Nullopt otherwise: the text is then to be parsed whole.
    static std::optional<Split> split(QByteArrayView json, QByteArrayView key);
};
