#pragma once

// The value types of one portfolio, as docs/portfolio-format.md describes them. They are plain
// aggregates with no behaviour of their own, so they share this header instead of one file each.

#include "PartialDate.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

struct Paragraph {
    QString lead;
    QString text;
};

struct Profile {
    QString name;
    QString headline;
    QString affiliation;
    QString team;
    QString tagline;
    QStringList biography;
    QUrl homepage;
};

struct FocusArea {
    QString title;
    QString description;
};

struct NewsItem {
    PartialDate date;
    QString text;
    QString publicationId;
};

struct ScholarSnapshot {
    QString source;
    PartialDate date;
    int publications = -1;
    int citations = -1;
    int hIndex = -1;
};

struct Author {
    QString name;
    bool owner = false;
    bool equalContribution = false;
    bool corresponding = false;
    // Stands for "et al." inside a list the source gives only in part.
    bool elided = false;
};

struct Link {
    QString label;
    QUrl url;
};

struct Publication {
    QString id;
    QString title;
    QList<Author> authors;
    QString venue;
    int year = 0;
    QString status;
    QString topic;
    QString role;
    QString summary;
    bool selected = false;
    QList<Link> links;
    QString thumbnail;
    QString arxiv;
    QString doi;
};

struct Project {
    QString category;
    QString title;
    QString subtitle;
    QList<Paragraph> paragraphs;
};

struct SkillGroup {
    QString name;
    QStringList items;
};

struct TimelineEntry {
    PartialDate start;
    PartialDate end;
    QString place;
    QString detail;
    QString location;
};

struct Talk {
    PartialDate date;
    QString title;
    QString detail;
};

struct Contact {
    QString email;
    QStringList alternateEmails;
    QString intro;
    QString summary;
    QString interests;
    QStringList topics;
    QString recruiting;
};

struct Portfolio {
    Profile profile;
    QList<FocusArea> focusAreas;
    QString researchStatement;
    QStringList leadership;
    QList<NewsItem> news;
    ScholarSnapshot scholar;
    QList<Publication> publications;
    // BibTeX files whose entries join the publications: paths relative to the portfolio file, or
    // http(s) addresses; relative ones in a portfolio fetched from the web are relative to its address.
    QStringList bibliographies;
    QString projectsIntro;
    QList<Project> projects;
    QList<SkillGroup> skills;
    QList<TimelineEntry> education;
    QList<TimelineEntry> internships;
    QList<Talk> talks;
    Contact contact;
};
