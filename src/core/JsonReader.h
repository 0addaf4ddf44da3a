#pragma once

#include "PartialDate.h"
#include "Problem.h"

#include <QAnyStringView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <initializer_list>
#include <optional>

// Reads typed fields out of parsed JSON, turning every mismatch into a Problem that names the
// path. Reading goes on after a problem so that one pass reports all of them, up to a cap that
// keeps a file wrong in every value from producing unbounded output.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    enum class Presence {
        Optional,
        Required,
    };

    // Where a value sits: its parent's path and its key or index there. Paths chain on the stack,
    // so reading a valid file builds no path text; toString() spells one out for a problem. A path
    // refers to its parent and its key, which must outlive it.
    class Path
    {
    public:
        // The top of the document, whose path is empty.
        Path() = default;
        Path(const Path &parent, QAnyStringView key);
        Path(const Path &parent, qsizetype index);

        // As problems name it: "publications[3].year".
        QString toString() const;

    private:
        const Path *m_parent = nullptr;
        QAnyStringView m_key;
        qsizetype m_index = -1;
    };

    // The members of an object at a path, taken in one pass over it. Looking keys up in the
    // QJsonObject itself searches it and copies the value each time, which dominated reading a large
    // portfolio; among the few members of one object, a plain scan is cheaper.
    class Members
    {
    public:
        // Refers to `path`, which must outlive it.
        Members(const QJsonObject &object, const Path &path);

        const Path &path() const;
        // Undefined when there is no member at `key`.
        const QJsonValue &value(QLatin1StringView key) const;
        bool contains(QLatin1StringView key) const;

    private:
        // checkKeys() goes through the keys.
        friend class JsonReader;

        struct Member {
            QString key;
            QJsonValue value;
        };

        const Path &m_path;
        QVarLengthArray<Member, 16> m_members;
    };

    static constexpr int MaximumErrors = 1000;

    // True once the cap is reached; callers stop walking arrays then.
    bool isFull() const;

    QString string(const Members &members, QLatin1StringView key, Presence presence = Presence::Optional);
    // Like string(), for values that repeat across a file, such as venues and author names: equal
    // values share one copy, which keeps a large portfolio smaller.
    QString sharedString(const Members &members, QLatin1StringView key, Presence presence = Presence::Optional);
    std::optional<int> wholeNumber(const Members &members, QLatin1StringView key,
                                   Presence presence = Presence::Optional);
    bool boolean(const Members &members, QLatin1StringView key);
    PartialDate date(const Members &members, QLatin1StringView key, Presence presence = Presence::Optional);
    QStringList strings(const Members &members, QLatin1StringView key);
    // An array member; an absent one reads as empty.
    QJsonArray array(const Members &members, QLatin1StringView key, Presence presence = Presence::Optional);
    // The value as an object, or nullopt after reporting what it is instead.
    std::optional<QJsonObject> object(const QJsonValue &value, const Path &path);
    // Warns about each member whose key is not among `known`.
    void checkKeys(const Members &members, std::initializer_list<QLatin1StringView> known);

    void error(const Path &path, const QString &message);
    void warning(const Path &path, const QString &message);
    const QList<Problem> &problems() const;

    // Takes, in order, the problems that `others` found reading the parts of the file that follow
    // this reader's, provided all of them fit under the caps: then reading it all with this reader
    // alone would have found just the same. Otherwise takes none and returns false, and the parts
    // are to be read again with this reader.
    bool take(std::initializer_list<const JsonReader *> others);

    // The copy of `text` that earlier equal values share, as sharedString() hands out; for values
    // read without a QJsonValue.
    QString share(const QString &text);

    // Describes a value for a message: "twenty" quoted, numbers as written, "an object".
    static QString describe(const QJsonValue &value);
    // What trimmed() would leave nothing of; a required text that is blank is an error.
    static bool isBlank(QStringView text);

private:
    // The member at `key`, undefined when absent; an absent required member is reported.
    const QJsonValue &member(const Members &members, QLatin1StringView key, Presence presence);
    void expected(const Path &path, const QString &what, const QJsonValue &got);

    QList<Problem> m_problems;
    int m_errors = 0;
    // The values sharedString() has returned, so that the next equal one can be handed out instead.
    QSet<QString> m_shared;
};
