#include "EntryModel.h"

#include "ItemRoles.h"

EntryModel::EntryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EntryModel::setEntries(QList<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const QList<Entry> &EntryModel::entries() const
{
    return m_entries;
}

int EntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant EntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::AccessibleTextRole: {
        QStringList parts{entry.date, entry.eyebrow, entry.title, entry.detail};
        for (const Paragraph &paragraph : entry.body) {
            parts.append(paragraph.lead.isEmpty() ? paragraph.text : paragraph.lead + u": " + paragraph.text);
        }
        parts.removeAll(QString());
        return parts.join(QStringLiteral(". "));
    }
    case ItemRoles::DateRole:
        return entry.date;
    case ItemRoles::EyebrowRole:
        return entry.eyebrow;
    case ItemRoles::DetailRole:
        return entry.detail;
    case ItemRoles::BodyRole:
        return QVariant::fromValue(entry.body);
    case ItemRoles::PublicationIdRole:
        return entry.publicationId;
    default:
        return {};
    }
}

QList<Entry> EntryModel::fromNews(const Portfolio &portfolio)
{
    QList<Entry> entries;
    for (const NewsItem &item : portfolio.news) {
        Entry entry{item.date.toDisplayString(), {}, item.text, {}, {}, item.publicationId};
        for (const Publication &publication : portfolio.publications) {
            if (publication.id == item.publicationId) {
                entry.detail = tr("Publication: %1").arg(publication.title);
            }
        }
        entries.append(entry);
    }
    return entries;
}

QList<Entry> EntryModel::fromFocusAreas(const QList<FocusArea> &areas)
{
    QList<Entry> entries;
    for (const FocusArea &area : areas) {
        entries.append({{}, {}, area.title, {}, {{{}, area.description}}, {}});
    }
    return entries;
}

QList<Entry> EntryModel::fromProjects(const QList<Project> &projects)
{
    QList<Entry> entries;
    for (const Project &project : projects) {
        entries.append({{}, project.category, project.title, project.subtitle, project.paragraphs, {}});
    }
    return entries;
}

QList<Entry> EntryModel::fromSkills(const QList<SkillGroup> &groups)
{
    QList<Entry> entries;
    for (const SkillGroup &group : groups) {
        entries.append({{}, {}, group.name, {}, {{{}, group.items.join(QStringLiteral(" · "))}}, {}});
    }
    return entries;
}

QList<Entry> EntryModel::fromTimeline(const QList<TimelineEntry> &timeline)
{
    QList<Entry> entries;
    for (const TimelineEntry &item : timeline) {
        QStringList detail{item.detail, item.location};
        detail.removeAll(QString());
        entries.append({dateRange(item.start, item.end), {}, item.place, detail.join(QStringLiteral(" · ")), {}, {}});
    }
    return entries;
}

QList<Entry> EntryModel::fromTalks(const QList<Talk> &talks)
{
    QList<Entry> entries;
    for (const Talk &talk : talks) {
        entries.append({talk.date.toDisplayString(), {}, talk.title, talk.detail, {}, {}});
    }
    return entries;
}

QString EntryModel::dateRange(const PartialDate &start, const PartialDate &end)
{
    if (end.isNull()) {
        return tr("%1 – now").arg(start.toDisplayString());
    }
    return tr("%1 – %2").arg(start.toDisplayString(), end.toDisplayString());
}
