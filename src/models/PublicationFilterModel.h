#pragma once

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <vector>

class PublicationModel;

// Filters publications by a set of years, a set of venues and free text (every word must occur in
// the title, authors, venue, topic or summary, ignoring case and accents). An empty set means
// "any". It also counts, for each year and each venue, the publications that would show if that
// value were chosen, so facet lists can say what a click would give.
//
// Sorting is passed on to the PublicationModel, which keeps its rows in order; this proxy never
// sorts, so a filter change only walks the rows once.
class PublicationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PublicationFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

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

private:
    bool matchesYear(int row) const;
    bool matchesVenue(int row) const;
    bool matchesText(int row) const;
    void refilter();
    void recount();

    PublicationModel *m_publications = nullptr;
    QSet<int> m_years;
    QSet<QString> m_venues;
    // m_years and m_venues as a flag per PublicationModel::years() and venues() entry; empty
    // until needed, like the text matches, since the proxy may filter before this model hears of
    // new data.
    mutable std::vector<bool> m_yearChosen;
    mutable std::vector<bool> m_venueChosen;
    QString m_text;
    QList<QByteArray> m_words;
    // Whether each publication, by its index in the portfolio, matches the text: worked out once
    // per text rather than on every year or venue change, and kept across sorting. Empty until
    // needed.
    mutable std::vector<bool> m_textMatches;
    QHash<int, int> m_yearCounts;
    QHash<QString, int> m_venueCounts;
};
