#pragma once

#include <QList>
#include <QString>

// One thing wrong with a portfolio file, located as precisely as the reader could.
struct Problem {
    enum class Severity {
        Warning,
        Error,
    };

    Severity severity = Severity::Error;
    QString path;
    int line = 0;
    int column = 0;
    QString message;

    // "12:17: publications[3].year: expected a whole number, got "twenty"", leaving out what is unknown.
    QString toString() const;

    static bool anyError(const QList<Problem> &problems);
};
