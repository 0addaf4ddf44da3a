#include "JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Returns the offset just past the closing quote of the string that starts at begin.
qsizetype skipString(QByteArrayView json, qsizetype begin)
{
    qsizetype pos = begin + 1;
    while (pos < json.size() && json[pos] != '"') {
        pos += json[pos] == '\\' ? 2 : 1;
    }
    return pos + 1;
}

QString decodeKey(QByteArrayView raw)
{
    if (!raw.contains('\\')) {
        return QString::fromUtf8(raw);
    }
    // Let Qt's parser undo escapes rather than repeat its rules here.
    const QByteArray wrapped = "[\"" + raw.toByteArray() + "\"]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

struct Container {
    bool isObject = false;
    qsizetype index = 0;
    qsizetype pathLength = 0;
};

} // namespace

QString JsonLocator::keyPath(const QString &parent, QAnyStringView key)
{
    return parent.isEmpty() ? key.toString() : parent + u'.' + key.toString();
}

QString JsonLocator::indexPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

QHash<QString, JsonLocator::Position> JsonLocator::locate(QByteArrayView json, const QSet<QString> &paths)
{
    QHash<QString, Position> found;
    // One pass with an explicit stack, so depth costs no recursion. `path` is the path of the
    // value at `pos`; each container remembers how long that path was when it opened.
    QList<Container> stack;
    QString path;
    qsizetype pos = 0;
    qsizetype lineStart = 0;
    int line = 1;
    auto skipSpace = [&] {
        while (pos < json.size() && isSpace(json[pos])) {
            if (json[pos] == '\n') {
                ++line;
                lineStart = pos + 1;
            }
            ++pos;
        }
    };
    // At a member's key: reads it, sets the path, and moves to the member's value.
    auto enterMember = [&] {
        const qsizetype end = skipString(json, pos);
        path = keyPath(path, decodeKey(json.sliced(pos + 1, end - pos - 2)));
        pos = end;
        skipSpace();
        ++pos; // ':'
    };
    bool atValue = true;
    while (pos < json.size() && found.size() < paths.size()) {
        skipSpace();
        if (pos >= json.size()) {
            break;
        }
        const char c = json[pos];
        if (atValue) {
            if (paths.contains(path)) {
                const Position inLine = positionOf(json.sliced(lineStart), pos - lineStart);
                found.insert(path, {line, inLine.column});
            }
            if (c == '{' || c == '[') {
                stack.append({c == '{', 0, path.size()});
                ++pos;
                skipSpace();
                if (pos < json.size() && json[pos] != '}' && json[pos] != ']') {
                    if (c == '{') {
                        enterMember();
                    } else {
                        path = indexPath(path, 0);
                    }
                    continue;
                }
            } else if (c == '"') {
                pos = skipString(json, pos);
            } else {
                while (pos < json.size() && !isSpace(json[pos]) && json[pos] != ',' && json[pos] != '}' && json[pos] != ']') {
                    ++pos;
                }
            }
            atValue = false;
            continue;
        }
        if (stack.isEmpty()) {
            break;
        }
        Container &top = stack.last();
        path.truncate(top.pathLength);
        ++pos;
        if (c == ',') {
            skipSpace();
            if (top.isObject) {
                enterMember();
            } else {
                path = indexPath(path, ++top.index);
            }
            atValue = true;
        } else {
            stack.removeLast();
        }
    }
    return found;
}

JsonLocator::Position JsonLocator::positionOf(QByteArrayView text, qsizetype offset)
{
    Position position{1, 1};
    offset = qMin(offset, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            // Continuation bytes of a UTF-8 sequence belong to the character already counted.
            ++position.column;
        }
    }
    return position;
}
