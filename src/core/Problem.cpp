#include "Problem.h"

#include <algorithm>

QString Problem::toString() const
{
    QString text;
    if (line > 0) {
        text = QString::number(line) + u':' + QString::number(column) + u": ";
    }
    if (!path.isEmpty()) {
        text += path + u": ";
    }
    return text + message;
}

bool Problem::anyError(const QList<Problem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &problem) {
        return problem.severity == Severity::Error;
    });
}
