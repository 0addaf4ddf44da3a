#pragma once

#include "Portfolio.h"

#include <QAbstractListModel>
#include <QList>

// One row of a list section: a dated news item, a talk, a school, a project, a skill group.
struct Entry {
    QString date;
    QString eyebrow;
    QString title;
    QString detail;
    QList<Paragraph> body;
    QString publicationId;
};

// A read-only list of entries, exposing them through ItemRoles. The static builders turn each
// part of a portfolio into entries, so every list page shares one model and one delegate.
class EntryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit EntryModel(QObject *parent = nullptr);

    void setEntries(QList<Entry> entries);
    const QList<Entry> &entries() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QList<Entry> fromNews(const Portfolio &portfolio);
    static QList<Entry> fromFocusAreas(const QList<FocusArea> &areas);
    static QList<Entry> fromProjects(const QList<Project> &projects);
    static QList<Entry> fromSkills(const QList<SkillGroup> &groups);
    static QList<Entry> fromTimeline(const QList<TimelineEntry> &timeline);
    static QList<Entry> fromTalks(const QList<Talk> &talks);
    // "Sep 2018 – Mar 2021", or "Sep 2018 – now" for an open range.
    static QString dateRange(const PartialDate &start, const PartialDate &end);

private:
    QList<Entry> m_entries;
};
