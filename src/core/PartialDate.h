#pragma once

#include <QLocale>
#include <QString>

#include <compare>
#include <optional>

// A calendar date known to the precision its source gives: a year, a month or a day.
class PartialDate
{
public:
    enum class Precision {
        None,
        Year,
        Month,
        Day,
    };

    PartialDate() = default;

    // Accepts "YYYY", "YYYY-MM" and "YYYY-MM-DD"; anything else, including an impossible day, is nullopt.
    static std::optional<PartialDate> fromString(QStringView text);

    bool isNull() const;
    Precision precision() const;
    int year() const;
    int month() const;
    int day() const;

    // The ISO form it was read from.
    QString toString() const;
    // "2026", "May 2026" or "6 Jun 2026", in the locale's words and order.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    // Orders by year, then month, then day; a coarser date sorts before any finer date inside it.
    auto operator<=>(const PartialDate &other) const = default;

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};
