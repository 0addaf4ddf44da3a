#pragma once

#include "ItemRoles.h"
#include "Portfolio.h"

#include <QAbstractTableModel>

// One row per publication, one column per field the compact table shows. Column 0 carries every
// role, so a list view over column 0 sees all of a publication.
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
    // Title, authors, venue, topic and summary of a row, folded for SearchText.
    const QString &searchText(int row) const;
    // The row of the publication with this id, or -1.
    int rowOf(QStringView id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Names in order with their markers: * equal contribution, † corresponding; "et al." for elisions.
    static QString authorLine(const QList<Author> &authors);
    // "ICML 2026 · Spotlight + Oral, Top 0.7%"
    static QString venueLine(const Publication &publication);

private:
    QList<Publication> m_publications;
    QStringList m_searchTexts;
    QHash<QString, int> m_rowById;
};
