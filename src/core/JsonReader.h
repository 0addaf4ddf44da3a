#pragma once

#include "PartialDate.h"
#include "Problem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

// Reads typed fields out of parsed JSON, turning every mismatch into a Problem that names the
// path. Reading goes on after a problem so that one pass reports all of them, up to a cap that
// keeps a file wrong in every value from producing unbounded output.
class JsonReader
{
public:
    enum class Presence {
        Optional,
        Required,
    };

    static constexpr int MaximumErrors = 1000;

    // True once the cap is reached; callers stop walking arrays then.
    bool isFull() const;

    QString string(const QJsonObject &object, const QString &path, QLatin1StringView key,
                   Presence presence = Presence::Optional);
    std::optional<int> wholeNumber(const QJsonObject &object, const QString &path, QLatin1StringView key,
                                   Presence presence = Presence::Optional);
    bool boolean(const QJsonObject &object, const QString &path, QLatin1StringView key);
    PartialDate date(const QJsonObject &object, const QString &path, QLatin1StringView key,
                     Presence presence = Presence::Optional);
    QStringList strings(const QJsonObject &object, const QString &path, QLatin1StringView key);
    // An array member; an absent one reads as empty.
    QJsonArray array(const QJsonObject &object, const QString &path, QLatin1StringView key,
                     Presence presence = Presence::Optional);
    // The value as an object, or nullopt after reporting what it is instead.
    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path);
    // Warns about each member whose key is not among `known`.
    void checkKeys(const QJsonObject &object, const QString &path, std::initializer_list<QLatin1StringView> known);

    void error(const QString &path, const QString &message);
    void warning(const QString &path, const QString &message);
    const QList<Problem> &problems() const;

    // Describes a value for a message: "twenty" quoted, numbers as written, "an object".
    static QString describe(const QJsonValue &value);

private:
    // The member at `key`, undefined when absent; an absent required member is reported.
    QJsonValue member(const QJsonObject &object, const QString &memberPath, QLatin1StringView key, Presence presence);
    void expected(const QString &path, const QString &what, const QJsonValue &got);

    QList<Problem> m_problems;
    int m_errors = 0;
};
