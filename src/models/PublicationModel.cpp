#include "PublicationModel.h"

#include "SearchText.h"

PublicationModel::PublicationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PublicationModel::setPublications(QList<Publication> publications)
{
    beginResetModel();
    m_publications = std::move(publications);
    m_searchTexts.clear();
    m_searchTexts.reserve(m_publications.size());
    m_rowById.clear();
    m_rowById.reserve(m_publications.size());
    for (qsizetype row = 0; row < m_publications.size(); ++row) {
        const Publication &publication = m_publications[row];
        const QStringList fields{publication.title, authorLine(publication.authors), publication.venue,
                                 publication.topic, publication.summary};
        m_searchTexts.append(SearchText::fold(fields.join(u'\n')));
        m_rowById.insert(publication.id, int(row));
    }
    endResetModel();
}

const QList<Publication> &PublicationModel::publications() const
{
    return m_publications;
}

const Publication &PublicationModel::publication(int row) const
{
    return m_publications[row];
}

const QString &PublicationModel::searchText(int row) const
{
    return m_searchTexts[row];
}

int PublicationModel::rowOf(QStringView id) const
{
    return m_rowById.value(id.toString(), -1);
}

int PublicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_publications.size());
}

int PublicationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PublicationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Publication &publication = m_publications[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TitleColumn:
            return publication.title;
        case AuthorsColumn:
            return authorLine(publication.authors);
        case VenueColumn:
            return publication.venue;
        case YearColumn:
            return publication.year > 0 ? QVariant(publication.year) : QVariant();
        case StatusColumn:
            return publication.status;
        case TopicColumn:
            return publication.topic;
        }
        return {};
    }
    switch (role) {
    case Qt::AccessibleTextRole:
        return QStringList{publication.title, authorLine(publication.authors), venueLine(publication)}.join(
            QStringLiteral(". "));
    case IdRole:
        return publication.id;
    case AuthorsRole:
        return authorLine(publication.authors);
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
    case SummaryRole:
        return publication.summary;
    default:
        return {};
    }
}

QVariant PublicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case AuthorsColumn:
        return tr("Authors");
    case VenueColumn:
        return tr("Venue");
    case YearColumn:
        return tr("Year");
    case StatusColumn:
        return tr("Status");
    case TopicColumn:
        return tr("Topic");
    }
    return {};
}

QHash<int, QByteArray> PublicationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(AuthorsRole, "authors");
    names.insert(VenueRole, "venue");
    names.insert(YearRole, "year");
    names.insert(StatusRole, "status");
    names.insert(TopicRole, "topic");
    names.insert(ThumbnailRole, "thumbnail");
    names.insert(SelectedRole, "selected");
    names.insert(SummaryRole, "summary");
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
