#include "JsonReader.h"

#include "JsonLocator.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

JsonReader::Path::Path(const Path &parent, QAnyStringView key)
    : m_parent(&parent)
    , m_key(key)
{
}

JsonReader::Path::Path(const Path &parent, qsizetype index)
    : m_parent(&parent)
    , m_index(index)
{
}

QString JsonReader::Path::toString() const
{
    if (!m_parent) {
        return {};
    }
    const QString parent = m_parent->toString();
    return m_index < 0 ? JsonLocator::keyPath(parent, m_key) : JsonLocator::indexPath(parent, m_index);
}

JsonReader::Members::Members(const QJsonObject &object, const Path &path)
    : m_path(path)
{
    m_members.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        m_members.append({it.key(), it.value()});
    }
}

const JsonReader::Path &JsonReader::Members::path() const
{
    return m_path;
}

const QJsonValue &JsonReader::Members::value(QLatin1StringView key) const
{
    // A reference spares copying the value, and so counting references to its document, on every read.
    static const QJsonValue undefined(QJsonValue::Undefined);
    for (const Member &member : m_members) {
        if (member.key == key) {
            return member.value;
        }
    }
    return undefined;
}

bool JsonReader::Members::contains(QLatin1StringView key) const
{
    return !value(key).isUndefined();
}

bool JsonReader::isFull() const
{
    return m_errors >= MaximumErrors;
}

QString JsonReader::string(const Members &members, QLatin1StringView key, Presence presence)
{
    const QJsonValue &value = member(members, key, presence);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isString()) {
        expected(Path(members.path(), key), QStringLiteral("text"), value);
        return {};
    }
    const QString text = value.toString();
    if (presence == Presence::Required && isBlank(text)) {
        error(Path(members.path(), key), JsonReader::tr("required, but empty"));
    }
    return text;
}

QString JsonReader::sharedString(const Members &members, QLatin1StringView key, Presence presence)
{
    const QString text = string(members, key, presence);
    return share(text);
}

QString JsonReader::share(const QString &text)
{
    // Null (absent) and empty compare equal; returned as read, they stay apart.
    if (text.isEmpty()) {
        return text;
    }
    return *m_shared.insert(text);
}

std::optional<int> JsonReader::wholeNumber(const Members &members, QLatin1StringView key, Presence presence)
{
    const QJsonValue &value = member(members, key, presence);
    if (value.isUndefined()) {
        return std::nullopt;
    }
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number < 0 || number > 1e9 || std::floor(number) != number) {
        expected(Path(members.path(), key), JsonReader::tr("a whole number"), value);
        return std::nullopt;
    }
    return static_cast<int>(number);
}

bool JsonReader::boolean(const Members &members, QLatin1StringView key)
{
    const QJsonValue &value = members.value(key);
    if (value.isUndefined()) {
        return false;
    }
    if (!value.isBool()) {
        expected(Path(members.path(), key), JsonReader::tr("true or false"), value);
        return false;
    }
    return value.toBool();
}

PartialDate JsonReader::date(const Members &members, QLatin1StringView key, Presence presence)
{
    const QJsonValue &value = member(members, key, presence);
    if (value.isUndefined()) {
        return {};
    }
    const std::optional<PartialDate> date = PartialDate::fromString(value.toString());
    if (!value.isString() || !date) {
        expected(Path(members.path(), key), JsonReader::tr("a date such as \"2026\", \"2026-05\" or \"2026-05-31\""),
                 value);
        return {};
    }
    return *date;
}

QStringList JsonReader::strings(const Members &members, QLatin1StringView key)
{
    const Path listPath(members.path(), key);
    QStringList result;
    const QJsonArray items = array(members, key);
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !isFull(); ++i) {
        if (items[i].isString()) {
            result.append(items[i].toString());
        } else {
            expected(Path(listPath, i), QStringLiteral("text"), items[i]);
        }
    }
    return result;
}

QJsonArray JsonReader::array(const Members &members, QLatin1StringView key, Presence presence)
{
    const QJsonValue &value = member(members, key, presence);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isArray()) {
        expected(Path(members.path(), key), JsonReader::tr("a list"), value);
        return {};
    }
    return value.toArray();
}

std::optional<QJsonObject> JsonReader::object(const QJsonValue &value, const Path &path)
{
    if (!value.isObject()) {
        expected(path, JsonReader::tr("an object"), value);
        return std::nullopt;
    }
    return value.toObject();
}

void JsonReader::checkKeys(const Members &members, std::initializer_list<QLatin1StringView> known)
{
    for (const Members::Member &member : members.m_members) {
        if (std::find(known.begin(), known.end(), member.key) == known.end()) {
            warning(Path(members.path(), member.key), JsonReader::tr("unknown key (ignored)"));
        }
    }
}

void JsonReader::error(const Path &path, const QString &message)
{
    if (isFull()) {
        return;
    }
    ++m_errors;
    m_problems.append({Problem::Severity::Error, path.toString(), 0, 0, message});
    if (isFull()) {
        m_problems.append({Problem::Severity::Error, {}, 0, 0,
                           JsonReader::tr("stopped after %1 errors").arg(MaximumErrors)});
    }
}

void JsonReader::warning(const Path &path, const QString &message)
{
    // Warnings count towards the cap too: a file can be nothing but unknown keys.
    if (m_problems.size() >= 2 * MaximumErrors) {
        return;
    }
    m_problems.append({Problem::Severity::Warning, path.toString(), 0, 0, message});
}

const QList<Problem> &JsonReader::problems() const
{
    return m_problems;
}

bool JsonReader::take(std::initializer_list<const JsonReader *> others)
{
    qsizetype problems = m_problems.size();
    int errors = m_errors;
    for (const JsonReader *other : others) {
        problems += other->m_problems.size();
        errors += other->m_errors;
    }
    // Below both caps nothing was dropped and no loop stopped early, here or in the others: the
    // same problems as one pass would find.
    if (errors >= MaximumErrors || problems > 2 * MaximumErrors) {
        return false;
    }
    for (const JsonReader *other : others) {
        m_problems.append(other->m_problems);
        m_errors += other->m_errors;
    }
    return true;
}

bool JsonReader::isBlank(QStringView text)
{
    // Found without building the trimmed copy.
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isSpace();
    });
}

QString JsonReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: {
        // Serialising through QJsonDocument quotes and escapes the text the way the file had it.
        const QByteArray quoted = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        const QString text = QString::fromUtf8(quoted.sliced(1, quoted.size() - 2));
        return text.size() > 60 ? text.left(56) + QStringLiteral("...\"") : text;
    }
    case QJsonValue::Array:
        return JsonReader::tr("a list");
    case QJsonValue::Object:
        return JsonReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

const QJsonValue &JsonReader::member(const Members &members, QLatin1StringView key, Presence presence)
{
    const QJsonValue &value = members.value(key);
    if (value.isUndefined() && presence == Presence::Required) {
        error(Path(members.path(), key), JsonReader::tr("required, but missing"));
    }
    return value;
}

void JsonReader::expected(const Path &path, const QString &what, const QJsonValue &got)
{
    error(path, JsonReader::tr("expected %1, got %2").arg(what, describe(got)));
}
