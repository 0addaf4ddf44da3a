#include "PortfolioWriter.h"

#include "Citation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Sets the member only when there is something to say, as the loader's defaults are "absent".
void put(QJsonObject &object, const QString &key, const QString &text)
{
    if (!text.isEmpty()) {
        object.insert(key, text);
    }
}

void put(QJsonObject &object, const QString &key, const QStringList &texts)
{
    if (!texts.isEmpty()) {
        object.insert(key, QJsonArray::fromStringList(texts));
    }
}

void put(QJsonObject &object, const QString &key, const PartialDate &date)
{
    put(object, key, date.toString());
}

void put(QJsonObject &object, const QString &key, const QJsonArray &array)
{
    if (!array.isEmpty()) {
        object.insert(key, array);
    }
}

void put(QJsonObject &object, const QString &key, const QJsonObject &member)
{
    if (!member.isEmpty()) {
        object.insert(key, member);
    }
}

void putFlag(QJsonObject &object, const QString &key, bool flag)
{
    if (flag) {
        object.insert(key, true);
    }
}

void putCount(QJsonObject &object, const QString &key, int count)
{
    if (count >= 0) {
        object.insert(key, count);
    }
}

template<typename T, typename Write>
QJsonArray arrayOf(const QList<T> &items, Write write)
{
    QJsonArray array;
    for (const T &item : items) {
        array.append(write(item));
    }
    return array;
}

QJsonObject author(const Author &author)
{
    if (author.elided) {
        return {{QStringLiteral("elided"), true}};
    }
    QJsonObject object{{QStringLiteral("name"), author.name}};
    putFlag(object, QStringLiteral("owner"), author.owner);
    putFlag(object, QStringLiteral("equalContribution"), author.equalContribution);
    putFlag(object, QStringLiteral("corresponding"), author.corresponding);
    return object;
}

QJsonObject publication(const Publication &publication)
{
    QJsonObject object{{QStringLiteral("id"), publication.id},
                       {QStringLiteral("title"), publication.title},
                       {QStringLiteral("authors"), arrayOf(publication.authors, author)}};
    put(object, QStringLiteral("venue"), publication.venue);
    if (publication.year > 0) {
        object.insert(QStringLiteral("year"), publication.year);
    }
    put(object, QStringLiteral("status"), publication.status);
    put(object, QStringLiteral("topic"), publication.topic);
    put(object, QStringLiteral("role"), publication.role);
    put(object, QStringLiteral("summary"), publication.summary);
    putFlag(object, QStringLiteral("selected"), publication.selected);
    put(object, QStringLiteral("links"), arrayOf(publication.links, [](const Link &link) {
            return QJsonObject{{QStringLiteral("label"), link.label},
                               {QStringLiteral("url"), link.url.toString(QUrl::FullyEncoded)}};
        }));
    put(object, QStringLiteral("thumbnail"), publication.thumbnail);
    put(object, QStringLiteral("arxiv"), publication.arxiv);
    put(object, QStringLiteral("doi"), publication.doi);
    return object;
}

QJsonObject timelineEntry(const TimelineEntry &entry)
{
    QJsonObject object{{QStringLiteral("place"), entry.place}};
    put(object, QStringLiteral("start"), entry.start);
    put(object, QStringLiteral("end"), entry.end);
    put(object, QStringLiteral("detail"), entry.detail);
    put(object, QStringLiteral("location"), entry.location);
    return object;
}

} // namespace

QByteArray PortfolioWriter::toJson(const Portfolio &portfolio)
{
    QJsonObject root{{QStringLiteral("formatVersion"), 1}};

    const Profile &profile = portfolio.profile;
    QJsonObject profileObject{{QStringLiteral("name"), profile.name}};
    put(profileObject, QStringLiteral("headline"), profile.headline);
    put(profileObject, QStringLiteral("affiliation"), profile.affiliation);
    put(profileObject, QStringLiteral("team"), profile.team);
    put(profileObject, QStringLiteral("tagline"), profile.tagline);
    put(profileObject, QStringLiteral("biography"), profile.biography);
    put(profileObject, QStringLiteral("homepage"), profile.homepage.toString(QUrl::FullyEncoded));
    root.insert(QStringLiteral("profile"), profileObject);

    put(root, QStringLiteral("focusAreas"), arrayOf(portfolio.focusAreas, [](const FocusArea &area) {
            QJsonObject object{{QStringLiteral("title"), area.title}};
            put(object, QStringLiteral("description"), area.description);
            return object;
        }));
    put(root, QStringLiteral("researchStatement"), portfolio.researchStatement);
    put(root, QStringLiteral("leadership"), portfolio.leadership);
    put(root, QStringLiteral("news"), arrayOf(portfolio.news, [](const NewsItem &item) {
            QJsonObject object{{QStringLiteral("text"), item.text}};
            put(object, QStringLiteral("date"), item.date);
            put(object, QStringLiteral("publication"), item.publicationId);
            return object;
        }));
    const ScholarSnapshot &scholar = portfolio.scholar;
    QJsonObject scholarObject;
    put(scholarObject, QStringLiteral("source"), scholar.source);
    put(scholarObject, QStringLiteral("date"), scholar.date);
    putCount(scholarObject, QStringLiteral("publications"), scholar.publications);
    putCount(scholarObject, QStringLiteral("citations"), scholar.citations);
    putCount(scholarObject, QStringLiteral("hIndex"), scholar.hIndex);
    put(root, QStringLiteral("scholar"), scholarObject);
    put(root, QStringLiteral("publications"), arrayOf(portfolio.publications, publication));
    put(root, QStringLiteral("bibliographies"), portfolio.bibliographies);
    put(root, QStringLiteral("projectsIntro"), portfolio.projectsIntro);
    put(root, QStringLiteral("projects"), arrayOf(portfolio.projects, [](const Project &project) {
            QJsonObject object{{QStringLiteral("title"), project.title}};
            put(object, QStringLiteral("category"), project.category);
            put(object, QStringLiteral("subtitle"), project.subtitle);
            put(object, QStringLiteral("paragraphs"), arrayOf(project.paragraphs, [](const Paragraph &paragraph) {
                    if (paragraph.lead.isEmpty()) {
                        return QJsonValue(paragraph.text);
                    }
                    return QJsonValue(QJsonObject{{QStringLiteral("lead"), paragraph.lead},
                                                  {QStringLiteral("text"), paragraph.text}});
                }));
            return object;
        }));
    put(root, QStringLiteral("skills"), arrayOf(portfolio.skills, [](const SkillGroup &group) {
            QJsonObject object{{QStringLiteral("name"), group.name}};
            put(object, QStringLiteral("items"), group.items);
            return object;
        }));
    put(root, QStringLiteral("education"), arrayOf(portfolio.education, timelineEntry));
    put(root, QStringLiteral("internships"), arrayOf(portfolio.internships, timelineEntry));
    put(root, QStringLiteral("talks"), arrayOf(portfolio.talks, [](const Talk &talk) {
            QJsonObject object{{QStringLiteral("title"), talk.title}};
            put(object, QStringLiteral("date"), talk.date);
            put(object, QStringLiteral("detail"), talk.detail);
            return object;
        }));

    const Contact &contact = portfolio.contact;
    QJsonObject contactObject;
    put(contactObject, QStringLiteral("email"), contact.email);
    put(contactObject, QStringLiteral("alternateEmails"), contact.alternateEmails);
    put(contactObject, QStringLiteral("intro"), contact.intro);
    put(contactObject, QStringLiteral("summary"), contact.summary);
    put(contactObject, QStringLiteral("interests"), contact.interests);
    put(contactObject, QStringLiteral("topics"), contact.topics);
    put(contactObject, QStringLiteral("recruiting"), contact.recruiting);
    put(root, QStringLiteral("contact"), contactObject);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray PortfolioWriter::toBibtex(const QList<Publication> &publications)
{
    QStringList entries;
    entries.reserve(publications.size());
    for (const Publication &publication : publications) {
        entries.append(Citation::bibtex(publication));
    }
    return entries.join(u'\n').toUtf8();
}
