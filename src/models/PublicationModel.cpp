#include "PublicationModel.h"

#include "SearchText.h"

#include <numeric>

namespace {

// The index of `value` in `values`, appending it the first time it is seen.
template<typename T>
int intern(QHash<T, int> &indexes, QList<T> &values, const T &value)
{
    auto found = indexes.constFind(value);
    if (found == indexes.cend()) {
        found = indexes.insert(value, int(values.size()));
        values.append(value);
    }
    return *found;
}

} // namespace

PublicationModel::PublicationModel(QObject *parent)
    : QAbstractTableModel(parent)
    // The C locale, which a process gets when nothing is configured, collates by code point;
    // English collation is the neutral choice that still ignores case and reads numbers.
    , m_collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale())
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void PublicationModel::setPublications(QList<Publication> publications)
{
    beginResetModel();
    m_publications = std::move(publications);
    m_sortKeys.clear();
    m_searchTexts.clear();
    m_searchTextStarts.assign(1, 0);
    m_publicationById.clear();
    m_publicationById.reserve(m_publications.size());
    m_venues.clear();
    m_venueOfPublication.clear();
    m_years.clear();
    m_yearOfPublication.clear();
    QHash<QString, int> venueIndexes;
    QHash<int, int> yearIndexes;
    for (qsizetype index = 0; index < m_publications.size(); ++index) {
        const Publication &publication = m_publications[index];
        m_venueOfPublication.push_back(intern(venueIndexes, m_venues, publication.venue));
        m_yearOfPublication.push_back(intern(yearIndexes, m_years, publication.year));
        QString text;
        text.reserve(publication.title.size() + publication.summary.size() + 200);
        SearchText::appendFolded(text, publication.title);
        for (const Author &author : publication.authors) {
            text += u'\n';
            SearchText::appendFolded(text, author.name);
        }
        for (const QString *field : {&publication.venue, &publication.topic, &publication.summary}) {
            text += u'\n';
            SearchText::appendFolded(text, *field);
        }
        m_searchTexts.append(text.toUtf8());
        m_searchTexts.append('\0');
        m_searchTextStarts.push_back(m_searchTexts.size());
        m_publicationById.insert(publication.id, int(index));
    }
    order();
    endResetModel();
}

const QList<Publication> &PublicationModel::publications() const
{
    return m_publications;
}

const Publication &PublicationModel::publication(int row) const
{
    return m_publications[m_rows[row]];
}

std::vector<bool> PublicationModel::publicationsContaining(const QList<QByteArray> &words) const
{
    std::vector<bool> matches(m_publications.size(), true);
    for (const QByteArray &word : words) {
        std::vector<bool> found(m_publications.size(), false);
        std::size_t index = 0;
        qsizetype position = m_searchTexts.indexOf(word);
        while (position >= 0) {
            while (m_searchTextStarts[index + 1] <= position) {
                ++index;
            }
            found[index] = true;
            position = m_searchTexts.indexOf(word, m_searchTextStarts[index + 1]);
        }
        for (std::size_t i = 0; i < matches.size(); ++i) {
            matches[i] = matches[i] && found[i];
        }
    }
    return matches;
}

int PublicationModel::publicationIndex(int row) const
{
    return m_rows[row];
}

const QStringList &PublicationModel::venues() const
{
    return m_venues;
}

int PublicationModel::venueIndex(int row) const
{
    return m_venueOfPublication[m_rows[row]];
}

const QList<int> &PublicationModel::years() const
{
    return m_years;
}

int PublicationModel::yearIndex(int row) const
{
    return m_yearOfPublication[m_rows[row]];
}

const QCollator &PublicationModel::collator() const
{
    return m_collator;
}

int PublicationModel::rowOf(QStringView id) const
{
    const int index = m_publicationById.value(id.toString(), -1);
    return index < 0 ? -1 : m_rowOfPublication[index];
}

int PublicationModel::sortColumn() const
{
    return m_sortColumn;
}

Qt::SortOrder PublicationModel::sortOrder() const
{
    return m_sortOrder;
}

void PublicationModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<int> persistentPublications;
    for (const QModelIndex &index : persistent) {
        persistentPublications.append(m_rows[index.row()]);
    }
    m_sortColumn = column;
    m_sortOrder = order;
    this->order();
    QModelIndexList moved;
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        moved.append(index(m_rowOfPublication[persistentPublications[i]], persistent[i].column()));
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PublicationModel::order()
{
    m_rows.resize(m_publications.size());
    std::iota(m_rows.begin(), m_rows.end(), 0);
    // The key lists are looked up once here rather than in each of the million comparisons.
    const std::vector<QCollatorSortKey> *sortKeys = m_sortColumn == YearColumn ? nullptr : &keys(m_sortColumn);
    const std::vector<QCollatorSortKey> &venueKeys = keys(VenueColumn);
    const std::vector<QCollatorSortKey> &titleKeys = keys(TitleColumn);
    auto compareYears = [this](int left, int right) {
        const int leftYear = m_publications[left].year;
        const int rightYear = m_publications[right].year;
        return leftYear < rightYear ? -1 : (leftYear > rightYear ? 1 : 0);
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int left, int right) {
        int result = sortKeys ? (*sortKeys)[left].compare((*sortKeys)[right]) : compareYears(left, right);
        if (m_sortOrder == Qt::DescendingOrder) {
            result = -result;
        }
        // Ties go newest first, then by venue, then by title, whichever way the column runs.
        if (result == 0) {
            result = compareYears(right, left);
        }
        if (result == 0) {
            result = venueKeys[left].compare(venueKeys[right]);
        }
        if (result == 0) {
            result = titleKeys[left].compare(titleKeys[right]);
        }
        return result < 0;
    });
    m_rowOfPublication.resize(m_rows.size());
    for (int row = 0; row < int(m_rows.size()); ++row) {
        m_rowOfPublication[m_rows[row]] = row;
    }
}

const std::vector<QCollatorSortKey> &PublicationModel::keys(int column)
{
    auto keys = m_sortKeys.find(column);
    if (keys == m_sortKeys.end()) {
        // Venues and years repeat across thousands of publications: each distinct text is
        // collated once, and equal texts share the key.
        QHash<QString, QCollatorSortKey> distinct;
        std::vector<QCollatorSortKey> built;
        built.reserve(m_publications.size());
        for (const Publication &item : m_publications) {
            const QString text = columnText(item, column);
            auto key = distinct.constFind(text);
            if (key == distinct.cend()) {
                key = distinct.insert(text, m_collator.sortKey(text));
            }
            built.push_back(*key);
        }
        keys = m_sortKeys.insert(column, std::move(built));
    }
    return *keys;
}

QString PublicationModel::columnText(const Publication &publication, int column)
{
    switch (column) {
    case TitleColumn:
        return publication.title;
    case AuthorsColumn:
        return authorLine(publication.authors);
    case VenueColumn:
        return publication.venue;
    case YearColumn:
        return publication.year > 0 ? QString::number(publication.year) : QString();
    case StatusColumn:
        return publication.status;
    case TopicColumn:
        return publication.topic;
    }
    return {};
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
    const Publication &publication = this->publication(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() == YearColumn) {
            return publication.year > 0 ? QVariant(publication.year) : QVariant();
        }
        return columnText(publication, index.column());
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
