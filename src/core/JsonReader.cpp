#include "JsonReader.h"

#include "JsonLocator.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

bool JsonReader::isFull() const
{
    return m_errors >= MaximumErrors;
}

QString JsonReader::string(const QJsonObject &object, const QString &path, QLatin1StringView key, Presence presence)
{
    const QString memberPath = JsonLocator::keyPath(path, key);
    const QJsonValue value = member(object, memberPath, key, presence);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isString()) {
        expected(memberPath, QStringLiteral("text"), value);
        return {};
    }
    const QString text = value.toString();
    if (presence == Presence::Required && text.trimmed().isEmpty()) {
        error(memberPath, QStringLiteral("required, but empty"));
    }
    return text;
}

std::optional<int> JsonReader::wholeNumber(const QJsonObject &object, const QString &path, QLatin1StringView key,
                                           Presence presence)
{
    const QString memberPath = JsonLocator::keyPath(path, key);
    const QJsonValue value = member(object, memberPath, key, presence);
    if (value.isUndefined()) {
        return std::nullopt;
    }
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number < 0 || number > 1e9 || std::floor(number) != number) {
        expected(memberPath, QStringLiteral("a whole number"), value);
        return std::nullopt;
    }
    return static_cast<int>(number);
}

bool JsonReader::boolean(const QJsonObject &object, const QString &path, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return false;
    }
    if (!value.isBool()) {
        expected(JsonLocator::keyPath(path, key), QStringLiteral("true or false"), value);
        return false;
    }
    return value.toBool();
}

PartialDate JsonReader::date(const QJsonObject &object, const QString &path, QLatin1StringView key, Presence presence)
{
    const QString memberPath = JsonLocator::keyPath(path, key);
    const QJsonValue value = member(object, memberPath, key, presence);
    if (value.isUndefined()) {
        return {};
    }
    const std::optional<PartialDate> date = PartialDate::fromString(value.toString());
    if (!value.isString() || !date) {
        expected(memberPath, QStringLiteral("a date such as \"2026\", \"2026-05\" or \"2026-05-31\""), value);
        return {};
    }
    return *date;
}

QStringList JsonReader::strings(const QJsonObject &object, const QString &path, QLatin1StringView key)
{
    const QString memberPath = JsonLocator::keyPath(path, key);
    QStringList result;
    const QJsonArray items = array(object, path, key);
    for (qsizetype i = 0; i < items.size() && !isFull(); ++i) {
        if (items[i].isString()) {
            result.append(items[i].toString());
        } else {
            expected(JsonLocator::indexPath(memberPath, i), QStringLiteral("text"), items[i]);
        }
    }
    return result;
}

QJsonArray JsonReader::array(const QJsonObject &object, const QString &path, QLatin1StringView key, Presence presence)
{
    const QString memberPath = JsonLocator::keyPath(path, key);
    const QJsonValue value = member(object, memberPath, key, presence);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isArray()) {
        expected(memberPath, QStringLiteral("a list"), value);
        return {};
    }
    return value.toArray();
}

std::optional<QJsonObject> JsonReader::object(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        expected(path, QStringLiteral("an object"), value);
        return std::nullopt;
    }
    return value.toObject();
}

void JsonReader::checkKeys(const QJsonObject &object, const QString &path, std::initializer_list<QLatin1StringView> known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end()) {
            warning(JsonLocator::keyPath(path, it.key()), QStringLiteral("unknown key (ignored)"));
        }
    }
}

void JsonReader::error(const QString &path, const QString &message)
{
    if (isFull()) {
        return;
    }
    ++m_errors;
    m_problems.append({Problem::Severity::Error, path, 0, 0, message});
    if (isFull()) {
        m_problems.append({Problem::Severity::Error, {}, 0, 0,
                           QStringLiteral("stopped after %1 errors").arg(MaximumErrors)});
    }
}

void JsonReader::warning(const QString &path, const QString &message)
{
    // Warnings count towards the cap too: a file can be nothing but unknown keys.
    if (m_problems.size() >= 2 * MaximumErrors) {
        return;
    }
    m_problems.append({Problem::Severity::Warning, path, 0, 0, message});
}

const QList<Problem> &JsonReader::problems() const
{
    return m_problems;
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
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QJsonValue JsonReader::member(const QJsonObject &object, const QString &memberPath, QLatin1StringView key,
                              Presence presence)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && presence == Presence::Required) {
        error(memberPath, QStringLiteral("required, but missing"));
    }
    return value;
}

void JsonReader::expected(const QString &path, const QString &what, const QJsonValue &got)
{
    error(path, QStringLiteral("expected %1, got %2").arg(what, describe(got)));
}
