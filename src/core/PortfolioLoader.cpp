#include "PortfolioLoader.h"

#include "JsonLocator.h"
#include "JsonReader.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using Presence = JsonReader::Presence;

namespace {

QList<Paragraph> readParagraphs(JsonReader &reader, const QJsonObject &object, const QString &path, QLatin1StringView key)
{
    QList<Paragraph> paragraphs;
    const QJsonArray items = reader.array(object, path, key);
    const QString listPath = JsonLocator::keyPath(path, key);
    for (qsizetype i = 0; i < items.size() && !reader.isFull(); ++i) {
        const QString itemPath = JsonLocator::indexPath(listPath, i);
        if (items[i].isString()) {
            paragraphs.append({{}, items[i].toString()});
        } else if (const auto item = reader.object(items[i], itemPath)) {
            reader.checkKeys(*item, itemPath, {QLatin1StringView("lead"), QLatin1StringView("text")});
            paragraphs.append({reader.string(*item, itemPath, QLatin1StringView("lead")),
                               reader.string(*item, itemPath, QLatin1StringView("text"), Presence::Required)});
        }
    }
    return paragraphs;
}

QUrl readWebUrl(JsonReader &reader, const QJsonObject &object, const QString &path, QLatin1StringView key,
                Presence presence = Presence::Optional)
{
    const QString text = reader.string(object, path, key, presence);
    if (text.isEmpty()) {
        return {};
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        reader.error(JsonLocator::keyPath(path, key),
                     QStringLiteral("expected an http or https address, got %1").arg(JsonReader::describe(text)));
        return {};
    }
    return url;
}

// Calls read(itemObject, itemPath) for each object in the array at `key`.
template<typename Read>
void forEachObject(JsonReader &reader, const QJsonObject &object, const QString &path, QLatin1StringView key, Read read,
                   Presence presence = Presence::Optional)
{
    const QJsonArray items = reader.array(object, path, key, presence);
    const QString listPath = JsonLocator::keyPath(path, key);
    for (qsizetype i = 0; i < items.size() && !reader.isFull(); ++i) {
        const QString itemPath = JsonLocator::indexPath(listPath, i);
        if (const auto item = reader.object(items[i], itemPath)) {
            read(*item, itemPath);
        }
    }
}

// Calls read(memberObject, memberPath) when the object member at `key` is present.
template<typename Read>
void withObject(JsonReader &reader, const QJsonObject &object, const QString &path, QLatin1StringView key, Read read)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return;
    }
    const QString memberPath = JsonLocator::keyPath(path, key);
    if (const auto member = reader.object(value, memberPath)) {
        read(*member, memberPath);
    }
}

Author readAuthor(JsonReader &reader, const QJsonObject &object, const QString &path)
{
    Author author;
    author.elided = reader.boolean(object, path, "elided"_L1);
    if (author.elided) {
        reader.checkKeys(object, path, {"elided"_L1});
        return author;
    }
    reader.checkKeys(object, path, {"name"_L1, "owner"_L1, "equalContribution"_L1, "corresponding"_L1, "elided"_L1});
    author.name = reader.string(object, path, "name"_L1, Presence::Required);
    author.owner = reader.boolean(object, path, "owner"_L1);
    author.equalContribution = reader.boolean(object, path, "equalContribution"_L1);
    author.corresponding = reader.boolean(object, path, "corresponding"_L1);
    return author;
}

Publication readPublication(JsonReader &reader, const QJsonObject &object, const QString &path)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]+$"));
    reader.checkKeys(object, path,
                     {"id"_L1, "title"_L1, "authors"_L1, "venue"_L1, "year"_L1, "status"_L1, "topic"_L1, "role"_L1,
                      "summary"_L1, "selected"_L1, "links"_L1, "thumbnail"_L1, "arxiv"_L1, "doi"_L1});
    Publication publication;
    publication.id = reader.string(object, path, "id"_L1, Presence::Required);
    if (!publication.id.isEmpty() && !idPattern.match(publication.id).hasMatch()) {
        reader.error(JsonLocator::keyPath(path, "id"_L1),
                     QStringLiteral("an id may hold only letters, digits, '.', '_' and '-', got %1")
                         .arg(JsonReader::describe(publication.id)));
    }
    publication.title = reader.string(object, path, "title"_L1, Presence::Required);
    int owners = 0;
    forEachObject(
        reader, object, path, "authors"_L1,
        [&](const QJsonObject &item, const QString &itemPath) {
            publication.authors.append(readAuthor(reader, item, itemPath));
            if (publication.authors.last().owner && ++owners == 2) {
                reader.error(itemPath, QStringLiteral("a second author is marked as the owner"));
            }
        },
        Presence::Required);
    publication.venue = reader.string(object, path, "venue"_L1);
    publication.year = reader.wholeNumber(object, path, "year"_L1).value_or(0);
    publication.status = reader.string(object, path, "status"_L1);
    publication.topic = reader.string(object, path, "topic"_L1);
    publication.role = reader.string(object, path, "role"_L1);
    publication.summary = reader.string(object, path, "summary"_L1);
    publication.selected = reader.boolean(object, path, "selected"_L1);
    forEachObject(reader, object, path, "links"_L1, [&](const QJsonObject &item, const QString &itemPath) {
        reader.checkKeys(item, itemPath, {"label"_L1, "url"_L1});
        publication.links.append({reader.string(item, itemPath, "label"_L1, Presence::Required),
                                  readWebUrl(reader, item, itemPath, "url"_L1, Presence::Required)});
    });
    publication.thumbnail = reader.string(object, path, "thumbnail"_L1);
    publication.arxiv = reader.string(object, path, "arxiv"_L1);
    publication.doi = reader.string(object, path, "doi"_L1);
    return publication;
}

TimelineEntry readTimelineEntry(JsonReader &reader, const QJsonObject &object, const QString &path)
{
    reader.checkKeys(object, path, {"start"_L1, "end"_L1, "place"_L1, "detail"_L1, "location"_L1});
    return {reader.date(object, path, "start"_L1, Presence::Required), reader.date(object, path, "end"_L1),
            reader.string(object, path, "place"_L1, Presence::Required), reader.string(object, path, "detail"_L1),
            reader.string(object, path, "location"_L1)};
}

void readProfile(JsonReader &reader, const QJsonObject &object, const QString &path, Profile &profile)
{
    reader.checkKeys(object, path,
                     {"name"_L1, "headline"_L1, "affiliation"_L1, "team"_L1, "tagline"_L1, "biography"_L1,
                      "homepage"_L1});
    profile.name = reader.string(object, path, "name"_L1, Presence::Required);
    profile.headline = reader.string(object, path, "headline"_L1);
    profile.affiliation = reader.string(object, path, "affiliation"_L1);
    profile.team = reader.string(object, path, "team"_L1);
    profile.tagline = reader.string(object, path, "tagline"_L1);
    profile.biography = reader.strings(object, path, "biography"_L1);
    profile.homepage = readWebUrl(reader, object, path, "homepage"_L1);
}

void readContact(JsonReader &reader, const QJsonObject &object, const QString &path, Contact &contact)
{
    reader.checkKeys(object, path,
                     {"email"_L1, "alternateEmails"_L1, "intro"_L1, "summary"_L1, "interests"_L1, "topics"_L1,
                      "recruiting"_L1});
    contact.email = reader.string(object, path, "email"_L1);
    contact.alternateEmails = reader.strings(object, path, "alternateEmails"_L1);
    contact.intro = reader.string(object, path, "intro"_L1);
    contact.summary = reader.string(object, path, "summary"_L1);
    contact.interests = reader.string(object, path, "interests"_L1);
    contact.topics = reader.strings(object, path, "topics"_L1);
    contact.recruiting = reader.string(object, path, "recruiting"_L1);
}

void readScholar(JsonReader &reader, const QJsonObject &object, const QString &path, ScholarSnapshot &scholar)
{
    reader.checkKeys(object, path, {"source"_L1, "date"_L1, "publications"_L1, "citations"_L1, "hIndex"_L1});
    scholar.source = reader.string(object, path, "source"_L1);
    scholar.date = reader.date(object, path, "date"_L1);
    scholar.publications = reader.wholeNumber(object, path, "publications"_L1).value_or(-1);
    scholar.citations = reader.wholeNumber(object, path, "citations"_L1).value_or(-1);
    scholar.hIndex = reader.wholeNumber(object, path, "hIndex"_L1).value_or(-1);
}

void readPortfolio(JsonReader &reader, const QJsonObject &root, Portfolio &portfolio)
{
    const QString top;
    reader.checkKeys(root, top,
                     {"formatVersion"_L1, "profile"_L1, "focusAreas"_L1, "researchStatement"_L1, "leadership"_L1,
                      "news"_L1, "scholar"_L1, "publications"_L1, "projectsIntro"_L1, "projects"_L1, "skills"_L1,
                      "education"_L1, "internships"_L1, "talks"_L1, "contact"_L1});
    if (!root.contains("profile"_L1)) {
        reader.error(QStringLiteral("profile"), QStringLiteral("required, but missing"));
    }
    withObject(reader, root, top, "profile"_L1, [&](const QJsonObject &object, const QString &path) {
        readProfile(reader, object, path, portfolio.profile);
    });
    forEachObject(reader, root, top, "focusAreas"_L1, [&](const QJsonObject &object, const QString &path) {
        reader.checkKeys(object, path, {"title"_L1, "description"_L1});
        portfolio.focusAreas.append({reader.string(object, path, "title"_L1, Presence::Required),
                                     reader.string(object, path, "description"_L1)});
    });
    portfolio.researchStatement = reader.string(root, top, "researchStatement"_L1);
    portfolio.leadership = reader.strings(root, top, "leadership"_L1);
    forEachObject(reader, root, top, "news"_L1, [&](const QJsonObject &object, const QString &path) {
        reader.checkKeys(object, path, {"date"_L1, "text"_L1, "publication"_L1});
        portfolio.news.append({reader.date(object, path, "date"_L1, Presence::Required),
                               reader.string(object, path, "text"_L1, Presence::Required),
                               reader.string(object, path, "publication"_L1)});
    });
    withObject(reader, root, top, "scholar"_L1, [&](const QJsonObject &object, const QString &path) {
        readScholar(reader, object, path, portfolio.scholar);
    });
    forEachObject(reader, root, top, "publications"_L1, [&](const QJsonObject &object, const QString &path) {
        portfolio.publications.append(readPublication(reader, object, path));
    });
    portfolio.projectsIntro = reader.string(root, top, "projectsIntro"_L1);
    forEachObject(reader, root, top, "projects"_L1, [&](const QJsonObject &object, const QString &path) {
        reader.checkKeys(object, path, {"category"_L1, "title"_L1, "subtitle"_L1, "paragraphs"_L1});
        portfolio.projects.append({reader.string(object, path, "category"_L1),
                                   reader.string(object, path, "title"_L1, Presence::Required),
                                   reader.string(object, path, "subtitle"_L1),
                                   readParagraphs(reader, object, path, "paragraphs"_L1)});
    });
    forEachObject(reader, root, top, "skills"_L1, [&](const QJsonObject &object, const QString &path) {
        reader.checkKeys(object, path, {"name"_L1, "items"_L1});
        portfolio.skills.append({reader.string(object, path, "name"_L1, Presence::Required),
                                 reader.strings(object, path, "items"_L1)});
    });
    forEachObject(reader, root, top, "education"_L1, [&](const QJsonObject &object, const QString &path) {
        portfolio.education.append(readTimelineEntry(reader, object, path));
    });
    forEachObject(reader, root, top, "internships"_L1, [&](const QJsonObject &object, const QString &path) {
        portfolio.internships.append(readTimelineEntry(reader, object, path));
    });
    forEachObject(reader, root, top, "talks"_L1, [&](const QJsonObject &object, const QString &path) {
        reader.checkKeys(object, path, {"date"_L1, "title"_L1, "detail"_L1});
        portfolio.talks.append({reader.date(object, path, "date"_L1, Presence::Required),
                                reader.string(object, path, "title"_L1, Presence::Required),
                                reader.string(object, path, "detail"_L1)});
    });
    withObject(reader, root, top, "contact"_L1, [&](const QJsonObject &object, const QString &path) {
        readContact(reader, object, path, portfolio.contact);
    });
}

// Checks that need the whole portfolio: unique publication ids and news links that resolve.
void checkReferences(JsonReader &reader, const Portfolio &portfolio)
{
    QHash<QString, qsizetype> firstIndex;
    for (qsizetype i = 0; i < portfolio.publications.size(); ++i) {
        const QString &id = portfolio.publications[i].id;
        if (id.isEmpty()) {
            continue;
        }
        const auto existing = firstIndex.constFind(id);
        if (existing != firstIndex.cend()) {
            reader.error(JsonLocator::keyPath(JsonLocator::indexPath(QStringLiteral("publications"), i), "id"_L1),
                         QStringLiteral("the id %1 is already used by publications[%2]")
                             .arg(JsonReader::describe(id))
                             .arg(*existing));
        } else {
            firstIndex.insert(id, i);
        }
    }
    for (qsizetype i = 0; i < portfolio.news.size(); ++i) {
        const QString &id = portfolio.news[i].publicationId;
        if (!id.isEmpty() && !firstIndex.contains(id)) {
            reader.error(JsonLocator::keyPath(JsonLocator::indexPath(QStringLiteral("news"), i), "publication"_L1),
                         QStringLiteral("no publication has the id %1").arg(JsonReader::describe(id)));
        }
    }
}

Problem fileProblem(const QString &message)
{
    return {Problem::Severity::Error, {}, 0, 0, message};
}

LoadResult tooLarge(const QString &what, qint64 size)
{
    return {std::nullopt,
            {fileProblem(QStringLiteral("%1 is %2 MiB; portfolios are limited to %3 MiB")
                             .arg(what)
                             .arg(size / (1024 * 1024))
                             .arg(PortfolioLoader::MaximumSize / (1024 * 1024)))}};
}

} // namespace

LoadResult PortfolioLoader::loadFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt, {fileProblem(QStringLiteral("cannot open the file: %1").arg(file.errorString()))}};
    }
    // Refuse before reading, so a huge file costs nothing.
    if (file.size() > MaximumSize) {
        return tooLarge(QStringLiteral("the file"), file.size());
    }
    const QByteArray bytes = file.read(MaximumSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return {std::nullopt, {fileProblem(QStringLiteral("cannot read the file: %1").arg(file.errorString()))}};
    }
    return loadBytes(bytes);
}

LoadResult PortfolioLoader::loadBytes(const QByteArray &json)
{
    if (json.size() > MaximumSize) {
        return tooLarge(QStringLiteral("the data"), json.size());
    }
    if (json.trimmed().isEmpty()) {
        return {std::nullopt, {fileProblem(QStringLiteral("the file is empty; expected a JSON object"))}};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonLocator::Position position = JsonLocator::positionOf(json, parseError.offset);
        return {std::nullopt,
                {{Problem::Severity::Error, {}, position.line, position.column,
                  QStringLiteral("not valid JSON: %1").arg(parseError.errorString())}}};
    }
    if (!document.isObject()) {
        return {std::nullopt, {fileProblem(QStringLiteral("expected a JSON object at the top, got a list"))}};
    }
    const QJsonObject root = document.object();
    JsonReader reader;
    const QJsonValue version = root.value("formatVersion"_L1);
    if (version.isUndefined()) {
        reader.error(QStringLiteral("formatVersion"),
                     QStringLiteral("required, but missing; this app reads format version %1").arg(FormatVersion));
    } else if (version != QJsonValue(FormatVersion)) {
        reader.error(QStringLiteral("formatVersion"),
                     QStringLiteral("this app reads format version %1, got %2")
                         .arg(FormatVersion)
                         .arg(JsonReader::describe(version)));
    }
    Portfolio portfolio;
    if (reader.problems().isEmpty()) {
        readPortfolio(reader, root, portfolio);
        checkReferences(reader, portfolio);
    }

    LoadResult result;
    result.problems = reader.problems();
    // A missing member has no position of its own; the object that lacks it stands in.
    auto parentPath = [](const QString &path) {
        return path.left(qMax(0, qMax(path.lastIndexOf(u'.'), path.lastIndexOf(u'['))));
    };
    QSet<QString> paths;
    for (const Problem &problem : std::as_const(result.problems)) {
        if (!problem.path.isEmpty()) {
            paths.insert(problem.path);
            paths.insert(parentPath(problem.path));
        }
    }
    const QHash<QString, JsonLocator::Position> positions = JsonLocator::locate(json, paths);
    for (Problem &problem : result.problems) {
        auto position = positions.constFind(problem.path);
        if (position == positions.cend()) {
            position = positions.constFind(parentPath(problem.path));
        }
        if (position != positions.cend()) {
            problem.line = position->line;
            problem.column = position->column;
        }
    }
    // Reading order groups problems by kind; people fix a file from top to bottom.
    std::stable_sort(result.problems.begin(), result.problems.end(), [](const Problem &a, const Problem &b) {
        return std::pair(a.line == 0, a.line) < std::pair(b.line == 0, b.line);
    });
    if (!Problem::anyError(result.problems)) {
        result.portfolio = std::move(portfolio);
    }
    return result;
}

LoadResult PortfolioLoader::loadEmbedded()
{
    return loadFile(EmbeddedPath);
}
