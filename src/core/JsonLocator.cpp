#include "JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Returns the offset just past the closing quote of the string that starts at begin, or past the
// end of the text when there is none.
qsizetype skipString(QByteArrayView json, qsizetype begin)
{
    // Searching for quotes with memchr is much faster than stepping through every byte, and calling
    // it directly spares the overhead of QByteArrayView::indexOf, which the split pays once a string; a
    // quote after an odd run of backslashes is escaped.
    const char *const text = json.data();
    const char *const end = text + json.size();
    const char *quote = text + begin;
    qsizetype backslashes = 0;
    do {
        quote = static_cast<const char *>(std::memchr(quote + 1, '"', end - quote - 1));
        if (!quote) {
            return json.size() + 1;
        }
        backslashes = 0;
        while (quote[-1 - backslashes] == '\\') {
            ++backslashes;
        }
    } while (backslashes % 2 == 1);
    return quote - text + 1;
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

qsizetype nextNonSpace(QByteArrayView json, qsizetype pos)
{
    while (pos < json.size() && isSpace(json[pos])) {
        ++pos;
    }
    return pos;
}

// Returns the offset just past the object or array that starts at `begin`, or -1 when it does not
// end, and in `depth` how deeply it nests. Brackets count only outside strings; whether they match
// is for the parser to judge.
qsizetype skipContainer(QByteArrayView json, qsizetype begin, int &depth)
{
    int open = 0;
    depth = 0;
    const char *const text = json.data();
    qsizetype pos = begin;
    while (pos < json.size()) {
        const char c = text[pos];
        if (c == '"') {
            pos = skipString(json, pos);
            continue;
        }
        ++pos;
        if (c == '{' || c == '[') {
            depth = std::max(depth, ++open);
        } else if ((c == '}' || c == ']') && --open == 0) {
            return pos;
        }
    }
    return -1;
}

// Splitting is for long lists, not deep ones: deeper elements are left to the whole-text parse,
// which alone applies Qt's nesting limit to them.
constexpr int MaximumSplitDepth = 64;

// Appends the text of each element of the list whose '[' is at `begin` and returns the offset just
// past its ']', or -1 unless every element is an object and only commas and white space lie between.
qsizetype splitElements(QByteArrayView json, qsizetype begin, QList<QByteArrayView> &elements)
{
    qsizetype pos = nextNonSpace(json, begin + 1);
    if (pos < json.size() && json[pos] == ']') {
        return pos + 1;
    }
    while (pos < json.size() && json[pos] == '{') {
        int depth = 0;
        const qsizetype end = skipContainer(json, pos, depth);
        if (end < 0 || depth > MaximumSplitDepth) {
            return -1;
        }
        elements.append(json.sliced(pos, end - pos));
        pos = nextNonSpace(json, end);
        if (pos < json.size() && json[pos] == ']') {
            return pos + 1;
        }
        if (pos >= json.size() || json[pos] != ',') {
            return -1;
        }
        pos = nextNonSpace(json, pos + 1);
    }
    return -1;
}

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
    // The paths that may lead to a wanted one: every part up to a '.' or '[', and the top. Only
    // their containers are walked through; any other is skipped whole, so the paths inside it,
    // which would take most of the time, are never built.
    QSet<QString> leading{QString()};
    for (const QString &wanted : paths) {
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (wanted[i] == u'.' || wanted[i] == u'[') {
                leading.insert(wanted.left(i));
            }
        }
    }
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
    // The column at `at`, counted on from the last one asked for on the same line rather than from
    // the line's start: a file written on one line would otherwise be counted again for each value.
    qsizetype columnCountedTo = 0;
    int column = 1;
    auto columnAt = [&](qsizetype at) {
        if (columnCountedTo < lineStart) {
            columnCountedTo = lineStart;
            column = 1;
        }
        const Position further = positionOf(json.sliced(columnCountedTo), at - columnCountedTo);
        // A line break inside a string restarts the count, as it does for positionOf().
        column = further.line > 1 ? further.column : column + further.column - 1;
        columnCountedTo = at;
        return column;
    };
    // At a container that leads nowhere: moves past it, counting its lines as skipSpace() does.
    auto skipCountingLines = [&] {
        int open = 0;
        do {
            const char c = json[pos];
            if (c == '"') {
                pos = skipString(json, pos);
            } else {
                ++pos;
                if (c == '{' || c == '[') {
                    ++open;
                } else if (c == '}' || c == ']') {
                    --open;
                }
            }
            skipSpace();
        } while (open > 0 && pos < json.size());
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
                found.insert(path, {line, columnAt(pos)});
            }
            if ((c == '{' || c == '[') && !leading.contains(path)) {
                skipCountingLines();
            } else if (c == '{' || c == '[') {
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

std::optional<JsonLocator::Split> JsonLocator::split(QByteArrayView json, QByteArrayView key)
{
    // Qt's parser skips a UTF-8 byte order mark.
    qsizetype pos = nextNonSpace(json, json.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    if (pos >= json.size() || json[pos] != '{') {
        return std::nullopt;
    }
    Split split;
    qsizetype listBegin = -1;
    qsizetype listEnd = -1;
    // Walks the members of the top-level object; the walk stops at anything else, which the rest
    // keeps for the parser to judge.
    do {
        pos = nextNonSpace(json, pos + 1);
        if (pos >= json.size() || json[pos] != '"') {
            return std::nullopt;
        }
        const qsizetype keyEnd = skipString(json, pos);
        if (keyEnd > json.size()) {
            return std::nullopt;
        }
        const QByteArrayView name = json.sliced(pos + 1, keyEnd - pos - 2);
        // An escaped key could spell `key` a second time, and the parser keeps the last of a repeat.
        if (name.contains('\\') || (name == key && listBegin >= 0)) {
            return std::nullopt;
        }
        pos = nextNonSpace(json, keyEnd);
        if (pos >= json.size() || json[pos] != ':') {
            return std::nullopt;
        }
        pos = nextNonSpace(json, pos + 1);
        if (pos >= json.size()) {
            return std::nullopt;
        }
        if (name == key) {
            if (json[pos] != '[') {
                return std::nullopt;
            }
            listBegin = pos;
            pos = splitElements(json, pos, split.elements);
            if (pos < 0) {
                return std::nullopt;
            }
            listEnd = pos - 1;
        } else if (json[pos] == '"') {
            pos = skipString(json, pos);
        } else if (json[pos] == '{' || json[pos] == '[') {
            int depth = 0;
            pos = skipContainer(json, pos, depth);
            if (pos < 0) {
                return std::nullopt;
            }
        } else {
            while (pos < json.size() && json[pos] != ',' && json[pos] != '}' && !isSpace(json[pos])) {
                ++pos;
            }
        }
        pos = nextNonSpace(json, pos);
    } while (pos < json.size() && json[pos] == ',');
    if (listBegin < 0) {
        return std::nullopt;
    }
    split.rest = json.first(listBegin + 1).toByteArray() + json.sliced(listEnd);
    return split;
}
