#pragma once

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>
#include <vector>

class PublicationModel;

// Filters publications by a set of years, a set of venues and free text (every word must occur in
// the title, authors, venue, topic or summary, ignoring case and accents), and sorts them. An empty
// set means "any". It also counts, for each year and each venue, the publications that would show
// if that value were chosen, so facet lists can say what a click would give.
class PublicationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PublicationFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setYears(const QSet<int> &years);
    QSet<int> years() const;
    void setVenues(const QSet<QString> &venues);
    QSet<QString> venues() const;
    void setText(const QString &text);
    QString text() const;
    void clearFilters();
    bool hasFilters() const;

    // Publications per year that pass the venue and text filters; per venue that pass the year and
    // text filters. Values with none are absent.
    const QHash<int, int> &yearCounts() const;
    const QHash<QString, int> &venueCounts() const;
    // Every year and venue in the data: years newest first, venues in the locale's order.
    QList<int> allYears() const;
    QStringList allVenues() const;

Q_SIGNALS:
    // The filters or the data changed: counts, and what is shown, may differ.
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool matchesYear(int row) const;
    bool matchesVenue(int row) const;
    bool matchesText(int row) const;
    // Compares two rows by one column, ascending; text by the locale, numbers inside it by value.
    int compare(int column, int left, int right) const;
    const QCollatorSortKey &sortKey(int column, int row) const;
    void refilter();
    void recount();

    const PublicationModel *m_publications = nullptr;
    QSet<int> m_years;
    QSet<QString> m_venues;
    QString m_text;
    QStringList m_words;
    QHash<int, int> m_yearCounts;
    QHash<QString, int> m_venueCounts;
    QCollator m_collator;
    // Built the first time a column is sorted by, then reused: comparing keys is far cheaper than
    // collating strings on every comparison.
    mutable QHash<int, std::vector<QCollatorSortKey>> m_sortKeys;
};
