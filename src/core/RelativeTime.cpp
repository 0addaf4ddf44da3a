#include "RelativeTime.h"

#include <QLocale>

QString RelativeTime::ago(const QDateTime &then, const QDateTime &now)
{
    // English has no plural forms of its own here (no English catalogue), hence one and many.
    const qint64 seconds = then.secsTo(now);
    // A clock set back shows a time in the future; that is still "just now" to a reader.
    if (seconds < 60) {
        return tr("just now");
    }
    const qint64 minutes = seconds / 60;
    if (minutes < 60) {
        return minutes == 1 ? tr("a minute ago") : tr("%L1 minutes ago").arg(minutes);
    }
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        return hours == 1 ? tr("an hour ago") : tr("%L1 hours ago").arg(hours);
    }
    const qint64 days = hours / 24;
    if (days < 365) {
        return days == 1 ? tr("a day ago") : tr("%L1 days ago").arg(days);
    }
    return tr("on %1").arg(QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat));
}
