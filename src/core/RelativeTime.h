#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How long ago something happened, in the words a note to a person uses: "3 hours ago".
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    static QString ago(const QDateTime &then, const QDateTime &now = QDateTime::currentDateTimeUtc());
};
