#include "PublicationFilterModel.h"

#include "PublicationModel.h"
#include "SearchText.h"

#include <algorithm>

namespace {

// A flag for each of `values`: whether it is among the chosen ones.
template<typename T>
std::vector<bool> chosenFlags(const QList<T> &values, const QSet<T> &chosen)
{
    std::vector<bool> result(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        result[i] = chosen.contains(values[i]);
    }
    return result;
}

} // namespace

PublicationFilterModel::PublicationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void PublicationFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_publications = qobject_cast<PublicationModel *>(sourceModel);
    Q_ASSERT(m_publications);
    connect(sourceModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_textMatches.clear();
        m_yearChosen.clear();
        m_venueChosen.clear();
    });
    QSortFilterProxyModel::setSourceModel(sourceModel);
    connect(sourceModel, &QAbstractItemModel::modelReset, this, [this] {
        recount();
        Q_EMIT filtersChanged();
    });
    recount();
}

void PublicationFilterModel::sort(int column, Qt::SortOrder order)
{
    m_publications->sort(column, order);
}

void PublicationFilterModel::setYears(const QSet<int> &years)
{
    if (years != m_years) {
        m_years = years;
        m_yearChosen.clear();
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
        m_venueChosen.clear();
        refilter();
    }
}

QSet<QString> PublicationFilterModel::venues() const
{
    return m_venues;
}

void PublicationFilterModel::setText(const QString &text)
{
    const QList<QByteArray> words = SearchText::words(text);
    m_text = text;
    if (words != m_words) {
        m_words = words;
        m_textMatches.clear();
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
        m_yearChosen.clear();
        m_venues.clear();
        m_venueChosen.clear();
        m_text.clear();
        m_words.clear();
        m_textMatches.clear();
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
    QList<int> sorted = m_publications->years();
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    return sorted;
}

QStringList PublicationFilterModel::allVenues() const
{
    QStringList sorted = m_publications->venues();
    std::sort(sorted.begin(), sorted.end(), m_publications->collator());
    return sorted;
}

bool PublicationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    return matchesYear(sourceRow) && matchesVenue(sourceRow) && matchesText(sourceRow);
}

bool PublicationFilterModel::matchesYear(int row) const
{
    if (m_years.isEmpty()) {
        return true;
    }
    if (m_yearChosen.empty()) {
        m_yearChosen = chosenFlags(m_publications->years(), m_years);
    }
    return m_yearChosen[m_publications->yearIndex(row)];
}

bool PublicationFilterModel::matchesVenue(int row) const
{
    if (m_venues.isEmpty()) {
        return true;
    }
    if (m_venueChosen.empty()) {
        m_venueChosen = chosenFlags(m_publications->venues(), m_venues);
    }
    return m_venueChosen[m_publications->venueIndex(row)];
}

bool PublicationFilterModel::matchesText(int row) const
{
    if (m_words.isEmpty()) {
        return true;
    }
    if (m_textMatches.empty()) {
        m_textMatches = m_publications->publicationsContaining(m_words);
    }
    return m_textMatches[m_publications->publicationIndex(row)];
}

void PublicationFilterModel::refilter()
{
    // A full rebuild walks the rows once; the incremental invalidateRowsFilter() moves rows one
    // range at a time, which costs far more when a filter change touches most of them.
    invalidate();
    recount();
    Q_EMIT filtersChanged();
}

void PublicationFilterModel::recount()
{
    std::vector<int> yearCounts(m_publications->years().size());
    std::vector<int> venueCounts(m_publications->venues().size());
    for (int row = 0; row < m_publications->rowCount(); ++row) {
        if (!matchesText(row)) {
            continue;
        }
        if (matchesVenue(row)) {
            ++yearCounts[m_publications->yearIndex(row)];
        }
        if (matchesYear(row)) {
            ++venueCounts[m_publications->venueIndex(row)];
        }
    }
    m_yearCounts.clear();
    for (qsizetype year = 0; year < qsizetype(yearCounts.size()); ++year) {
        if (yearCounts[year] > 0) {
            m_yearCounts.insert(m_publications->years()[year], yearCounts[year]);
        }
    }
    m_venueCounts.clear();
    for (qsizetype venue = 0; venue < qsizetype(venueCounts.size()); ++venue) {
        if (venueCounts[venue] > 0) {
            m_venueCounts.insert(m_publications->venues()[venue], venueCounts[venue]);
        }
    }
}
