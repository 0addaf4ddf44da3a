#include "PublicationModel.h"

PublicationModel::PublicationModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PublicationModel::setPublications(QList<Publication> publications)
{
    beginResetModel();
    m_publications = std::move(publications);
    endResetModel();
}

const QList<Publication> &PublicationModel::publications() const
{
    return m_publications;
}

int PublicationModel::rowOf(QStringView id) const
{
    for (qsizetype row = 0; row < m_publications.size(); ++row) {
        if (m_publications[row].id == id) {
            return int(row);
        }
    }
    return -1;
}

int PublicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_publications.size());
}

QVariant PublicationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Publication &publication = m_publications[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return publication.title;
    case Qt::AccessibleTextRole:
        return QStringList{publication.title, authorLine(publication.authors), venueLine(publication)}.join(
            QStringLiteral(". "));
    case ItemRoles::DateRole:
    case ItemRoles::SortDateRole:
        return publication.year > 0 ? QString::number(publication.year) : QString();
    case ItemRoles::EyebrowRole:
        return venueLine(publication);
    case ItemRoles::DetailRole:
    case AuthorsRole:
        return authorLine(publication.authors);
    case ItemRoles::BodyRole:
        return QVariant::fromValue(
            publication.summary.isEmpty() ? QList<Paragraph>() : QList<Paragraph>{{{}, publication.summary}});
    case IdRole:
        return publication.id;
    case VenueRole:
        return publication.venue;
    case YearRole:
        return publication.year;
    case StatusRole:
        return publication.status;
    case TopicRole:
        return publication.topic;
    case ThumbnailRole:
        return publication.thumbnail;
    case SelectedRole:
        return publication.selected;
    default:
        return {};
    }
}

QHash<int, QByteArray> PublicationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {AuthorsRole, "authors"},
                  {VenueRole, "venue"},
                  {YearRole, "year"},
                  {StatusRole, "status"},
                  {TopicRole, "topic"},
                  {ThumbnailRole, "thumbnail"},
                  {SelectedRole, "selected"}});
    return names;
}

QString PublicationModel::authorLine(const QList<Author> &authors)
{
    QStringList names;
    for (const Author &author : authors) {
        if (author.elided) {
            names.append(tr("et al."));
            continue;
        }
        QString name = author.name;
        if (author.equalContribution) {
            name += u'*';
        }
        if (author.corresponding) {
            name += u'†';
        }
        names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

QString PublicationModel::venueLine(const Publication &publication)
{
    QString venue = publication.venue;
    if (publication.year > 0) {
        venue = venue.isEmpty() ? QString::number(publication.year) : venue + u' ' + QString::number(publication.year);
    }
    if (publication.status.isEmpty()) {
        return venue;
    }
    return venue.isEmpty() ? publication.status : venue + QStringLiteral(" · ") + publication.status;
}
