#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a visitor writes to a portfolio's owner: the fields of the mail composer, free of widgets,
// so that validation, the links, the .eml file and the draft all read the same value.
class Inquiry
{
    Q_DECLARE_TR_FUNCTIONS(Inquiry)

public:
    enum class Kind {
        AcademicCooperation,
        InvitedTalk,
        TechnicalDiscussion,
        Internship,
    };

    enum class Field {
        To,
        Name,
        Email,
        Subject,
        Message,
    };

    struct FieldProblem {
        Field field;
        QString message;
    };

    static constexpr int MaxNameLength = 100;
    static constexpr int MaxSubjectLength = 200;
    static constexpr int MaxMessageLength = 100000;

    QString to;
    // The owner's name, for the greeting and the To header.
    QString toName;
    QString name;
    QString email;
    Kind kind = Kind::AcademicCooperation;
    QString topic;
    QString publicationId;
    QString publicationTitle;
    QString subject;
    QString message;

    // Every field that keeps the inquiry from being sent, in the order of the form.
    QList<FieldProblem> problems() const;
    bool isValid() const;
    // To, Subject and the message as one plain text, for the clipboard.
    QString plainText() const;

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);
    static QString fieldName(Field field);
    // A header-safe copy: CR, LF, NUL and every other control character become a space, so a
    // pasted line break can never start a new header or URL field.
    static QString singleLine(const QString &text);
    // The message with every line break, whichever convention it came in, as CR LF.
    static QString crlfLines(const QString &text);
};
