#pragma once

#include "ItemRoles.h"
#include "Portfolio.h"

#include <QAbstractListModel>

// One row per publication. Besides its own roles it answers the shared ItemRoles, so the list
// delegate can paint a publication the way it paints any other entry.
class PublicationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = ItemRoles::PublicationIdRole,
        AuthorsRole = Qt::UserRole + 100, // QString, "Yu Zhang*, Songwei Liu*, ..."
        VenueRole,                        // QString
        YearRole,                         // int, 0 when unknown
        StatusRole,                       // QString
        TopicRole,                        // QString
        ThumbnailRole,                    // QString, as the portfolio names it
        SelectedRole,                     // bool
    };

    explicit PublicationModel(QObject *parent = nullptr);

    void setPublications(QList<Publication> publications);
    const QList<Publication> &publications() const;
    // The row of the publication with this id, or -1.
    int rowOf(QStringView id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Names in order with their markers: * equal contribution, † corresponding; "et al." for elisions.
    static QString authorLine(const QList<Author> &authors);
    // "ICML 2026 · Spotlight + Oral, Top 0.7%"
    static QString venueLine(const Publication &publication);

private:
    QList<Publication> m_publications;
};
