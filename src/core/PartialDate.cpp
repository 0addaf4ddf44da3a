#include "PartialDate.h"

#include <QDate>
#include <QRegularExpression>

std::optional<PartialDate> PartialDate::fromString(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    PartialDate date;
    date.m_year = match.capturedView(1).toInt();
    date.m_month = match.capturedView(2).toInt();
    date.m_day = match.capturedView(3).toInt();
    if (date.m_year == 0) {
        return std::nullopt;
    }
    if (match.hasCaptured(2) && (date.m_month < 1 || date.m_month > 12)) {
        return std::nullopt;
    }
    if (match.hasCaptured(3) && !QDate::isValid(date.m_year, date.m_month, date.m_day)) {
        return std::nullopt;
    }
    return date;
}

bool PartialDate::isNull() const
{
    return m_year == 0;
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_year == 0) {
        return Precision::None;
    }
    if (m_month == 0) {
        return Precision::Year;
    }
    return m_day == 0 ? Precision::Month : Precision::Day;
}

int PartialDate::year() const
{
    return m_year;
}

int PartialDate::month() const
{
    return m_month;
}

int PartialDate::day() const
{
    return m_day;
}

QString PartialDate::toString() const
{
    switch (precision()) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return QString::asprintf("%04d-%02d", m_year, m_month);
    case Precision::Day:
        return QString::asprintf("%04d-%02d-%02d", m_year, m_month, m_day);
    }
    return {};
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    switch (precision()) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return locale.toString(QDate(m_year, m_month, 1), QStringLiteral("MMM yyyy"));
    case Precision::Day:
        return locale.toString(QDate(m_year, m_month, m_day), QLocale::ShortFormat);
    }
    return {};
}
