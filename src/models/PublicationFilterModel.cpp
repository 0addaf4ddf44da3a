#include "PublicationFilterModel.h"

#include "PublicationModel.h"
#include "SearchText.h"

#include <algorithm>

PublicationFilterModel::PublicationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    // The C locale, which a process gets when nothing is configured, collates by code point;
    // English collation is the neutral choice that still ignores case and reads numbers.
    , m_collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale())
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    // Newest first is the order people expect of a publication list.
    sort(PublicationModel::YearColumn, Qt::DescendingOrder);
}

void PublicationFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_publications = qobject_cast<const PublicationModel *>(sourceModel);
    Q_ASSERT(m_publications);
    // The keys must go before the proxy re-sorts for the new data, so this connection comes first.
    connect(sourceModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_sortKeys.clear();
    });
    QSortFilterProxyModel::setSourceModel(sourceModel);
    connect(sourceModel, &QAbstractItemModel::modelReset, this, [this] {
        recount();
        Q_EMIT filtersChanged();
    });
    recount();
}

void PublicationFilterModel::setYears(const QSet<int> &years)
{
    if (years != m_years) {
        m_years = years;
        refilter();
    }
}

QSet<int> PublicationFilterModel::years() const
{
    return m_years;
}

void PublicationFilterModel::setVenues(const QSet<QString> &venues)
{
    if (venues != m_venues) {
        m_venues = venues;
        refilter();
    }
}

QSet<QString> PublicationFilterModel::venues() const
{
    return m_venues;
}

void PublicationFilterModel::setText(const QString &text)
{
    const QStringList words = SearchText::words(text);
    m_text = text;
    if (words != m_words) {
        m_words = words;
        refilter();
    }
}

QString PublicationFilterModel::text() const
{
    return m_text;
}

void PublicationFilterModel::clearFilters()
{
    if (hasFilters()) {
        m_years.clear();
        m_venues.clear();
        m_text.clear();
        m_words.clear();
        refilter();
    }
}

bool PublicationFilterModel::hasFilters() const
{
    return !m_years.isEmpty() || !m_venues.isEmpty() || !m_words.isEmpty();
}

const QHash<int, int> &PublicationFilterModel::yearCounts() const
{
    return m_yearCounts;
}

const QHash<QString, int> &PublicationFilterModel::venueCounts() const
{
    return m_venueCounts;
}

QList<int> PublicationFilterModel::allYears() const
{
    QSet<int> years;
    for (const Publication &publication : m_publications->publications()) {
        years.insert(publication.year);
    }
    QList<int> sorted(years.cbegin(), years.cend());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    return sorted;
}

QStringList PublicationFilterModel::allVenues() const
{
    QSet<QString> venues;
    for (const Publication &publication : m_publications->publications()) {
        venues.insert(publication.venue);
    }
    QStringList sorted(venues.cbegin(), venues.cend());
    std::sort(sorted.begin(), sorted.end(), m_collator);
    return sorted;
}

bool PublicationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    return matchesYear(sourceRow) && matchesVenue(sourceRow) && matchesText(sourceRow);
}

bool PublicationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int primary = compare(left.column(), left.row(), right.row());
    if (primary != 0) {
        return primary < 0;
    }
    // Ties go newest first, then by venue, then by title, whichever way the chosen column runs;
    // the proxy reverses the answer for a descending sort, so it is reversed here first.
    int tie = compare(PublicationModel::YearColumn, right.row(), left.row());
    if (tie == 0) {
        tie = compare(PublicationModel::VenueColumn, left.row(), right.row());
    }
    if (tie == 0) {
        tie = compare(PublicationModel::TitleColumn, left.row(), right.row());
    }
    return sortOrder() == Qt::DescendingOrder ? tie > 0 : tie < 0;
}

bool PublicationFilterModel::matchesYear(int row) const
{
    return m_years.isEmpty() || m_years.contains(m_publications->publication(row).year);
}

bool PublicationFilterModel::matchesVenue(int row) const
{
    return m_venues.isEmpty() || m_venues.contains(m_publications->publication(row).venue);
}

bool PublicationFilterModel::matchesText(int row) const
{
    return m_words.isEmpty() || SearchText::containsAll(m_publications->searchText(row), m_words);
}

int PublicationFilterModel::compare(int column, int left, int right) const
{
    if (column == PublicationModel::YearColumn) {
        const int leftYear = m_publications->publication(left).year;
        const int rightYear = m_publications->publication(right).year;
        return leftYear < rightYear ? -1 : (leftYear > rightYear ? 1 : 0);
    }
    return sortKey(column, left).compare(sortKey(column, right));
}

const QCollatorSortKey &PublicationFilterModel::sortKey(int column, int row) const
{
    auto keys = m_sortKeys.find(column);
    if (keys == m_sortKeys.end()) {
        std::vector<QCollatorSortKey> built;
        built.reserve(m_publications->rowCount());
        for (int i = 0; i < m_publications->rowCount(); ++i) {
            built.push_back(m_collator.sortKey(m_publications->index(i, column).data().toString()));
        }
        keys = m_sortKeys.insert(column, std::move(built));
    }
    return (*keys)[row];
}

void PublicationFilterModel::refilter()
{
    invalidateRowsFilter();
    recount();
    Q_EMIT filtersChanged();
}

void PublicationFilterModel::recount()
{
    m_yearCounts.clear();
    m_venueCounts.clear();
    for (int row = 0; row < m_publications->rowCount(); ++row) {
        if (!matchesText(row)) {
            continue;
        }
        const Publication &publication = m_publications->publication(row);
        if (matchesVenue(row)) {
            ++m_yearCounts[publication.year];
        }
        if (matchesYear(row)) {
            ++m_venueCounts[publication.venue];
        }
    }
}
