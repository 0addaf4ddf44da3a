#pragma once

#include "ItemRoles.h"
#include "Portfolio.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QCollatorSortKey>

#include <vector>

// One row per publication, one column per field the compact table shows. Column 0 carries every
// role, so a list view over column 0 sees all of a publication.
//
// The model sorts itself, so a filter on top only has to pick rows and keeps their order: that
// keeps a filter change over 100,000 publications within one frame. Text columns sort by the
// locale (ignoring case, numbers by value); ties go newest first, then by venue, then by title.
class PublicationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        AuthorsColumn,
        VenueColumn,
        YearColumn,
        StatusColumn,
        TopicColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = ItemRoles::PublicationIdRole,
        AuthorsRole = Qt::UserRole + 100, // QString, "Yu Zhang*, Songwei Liu*, ..."
        VenueRole,                        // QString
        YearRole,                         // int, 0 when unknown
        StatusRole,                       // QString
        TopicRole,                        // QString
        ThumbnailRole,                    // QString, as the portfolio names it
        SelectedRole,                     // bool
        SummaryRole,                      // QString
    };

    explicit PublicationModel(QObject *parent = nullptr);

    void setPublications(QList<Publication> publications);
    const QList<Publication> &publications() const;
    const Publication &publication(int row) const;
    // For each publication, by its index in the portfolio: whether its title, authors, venue,
    // topic or summary contain every one of the words (SearchText::words). One scan of all the
    // text per word, jumping to the next publication after each hit.
    std::vector<bool> publicationsContaining(const QList<QByteArray> &words) const;
    // Where the row's publication stands in the portfolio, whatever the sort.
    int publicationIndex(int row) const;
    // Each distinct venue and year once, and those of a row as indexes into them: filters and
    // counts then index arrays instead of hashing for every row.
    const QStringList &venues() const;
    int venueIndex(int row) const;
    const QList<int> &years() const;
    int yearIndex(int row) const;
    // How this model orders text: the locale's rules, ignoring case, numbers by value.
    const QCollator &collator() const;
    // The row of the publication with this id, or -1.
    int rowOf(QStringView id) const;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Names in order with their markers: * equal contribution, † corresponding; "et al." for elisions.
    static QString authorLine(const QList<Author> &authors);
    // "ICML 2026 · Spotlight + Oral, Top 0.7%"
    static QString venueLine(const Publication &publication);
    // What a column shows of a publication, as text.
    static QString columnText(const Publication &publication, int column);

private:
    // A collation key for each publication, by its index in m_publications.
    const std::vector<QCollatorSortKey> &keys(int column);
    // Rebuilds m_rows for the current sort, leaving persistent indexes to the caller.
    void order();

    // In the portfolio's order; rows are m_rows[row] into it.
    QList<Publication> m_publications;
    std::vector<int> m_rows;
    std::vector<int> m_rowOfPublication;
    // Every publication's folded search text, end to end with a NUL after each so no match spans
    // two, and where each starts (one more entry than there are publications): one block of
    // memory scans much faster than 100,000 small ones.
    QByteArray m_searchTexts;
    std::vector<qsizetype> m_searchTextStarts;
    QStringList m_venues;
    std::vector<int> m_venueOfPublication;
    QList<int> m_years;
    std::vector<int> m_yearOfPublication;
    QHash<QString, int> m_publicationById;
    int m_sortColumn = YearColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QCollator m_collator;
    // Built the first time a column is sorted by: comparing keys is far cheaper than collating.
    QHash<int, std::vector<QCollatorSortKey>> m_sortKeys;
};
