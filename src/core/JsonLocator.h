#pragma once

#include <QAnyStringView>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>

// Finds where values sit in JSON text. QJsonDocument forgets positions once it has parsed, so
// problems found later are located here, in one pass over text that is already known to parse.
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
};
