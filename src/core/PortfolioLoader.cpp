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
using Path = JsonReader::Path;
using Presence = JsonReader::Presence;

namespace {

QList<Paragraph> readParagraphs(JsonReader &reader, const QJsonObject &object, const Path &path, QLatin1StringView key)
{
    QList<Paragraph> paragraphs;
    const QJsonArray items = reader.array(object, path, key);
    const Path listPath(path, key);
    for (qsizetype i = 0; i < items.size() && !reader.isFull(); ++i) {
        const Path itemPath(listPath, i);
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

QUrl readWebUrl(JsonReader &reader, const QJsonObject &object, const Path &path, QLatin1StringView key,
                Presence presence = Presence::Optional)
{
    const QString text = reader.string(object, path, key, presence);
    if (text.isEmpty()) {
        return {};
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        reader.error(Path(path, key),
                     QStringLiteral("expected an http or https address, got %1").arg(JsonReader::describe(text)));
        return {};
    }
    return url;
}

// Appends read(itemObject, itemPath) to `list` for each object in the array at `key`.
template<typename T, typename Read>
void readObjects(JsonReader &reader, const QJsonObject &object, const Path &path, QLatin1StringView key,
                 QList<T> &list, Read read, Presence presence = Presence::Optional)
{
    const QJsonArray items = reader.array(object, path, key, presence);
    const Path listPath(path, key);
    list.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !reader.isFull(); ++i) {
        const Path itemPath(listPath, i);
        if (const auto item = reader.object(items[i], itemPath)) {
            list.append(read(*item, itemPath));
        }
    }
}

// Calls read(memberObject, memberPath) when the object member at `key` is present.
template<typename Read>
void withObject(JsonReader &reader, const QJsonObject &object, const Path &path, QLatin1StringView key, Read read)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        return;
    }
    const Path memberPath(path, key);
    if (const auto member = reader.object(value, memberPath)) {
        read(*member, memberPath);
    }
}

Author readAuthor(JsonReader &reader, const QJsonObject &object, const Path &path)
{
    Author author;
    author.elided = reader.boolean(object, path, "elided"_L1);
    if (author.elided) {
        reader.checkKeys(object, path, {"elided"_L1});
        return author;
    }
    reader.checkKeys(object, path, {"name"_L1, "owner"_L1, "equalContribution"_L1, "corresponding"_L1, "elided"_L1});
    author.name = reader.sharedString(object, path, "name"_L1, Presence::Required);
    author.owner = reader.boolean(object, path, "owner"_L1);
    author.equalContribution = reader.boolean(object, path, "equalContribution"_L1);
    author.corresponding = reader.boolean(object, path, "corresponding"_L1);
    return author;
}

bool isValidId(const QString &id)
{
    // Checking the characters directly spares nearly every id the regular expression, which stays
    // the rule for the rest.
    const bool plain = std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
               || c == u'_' || c == u'-';
    });
    if (plain) {
        return true;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]+$"));
    return idPattern.match(id).hasMatch();
}

Publication readPublication(JsonReader &reader, const QJsonObject &object, const Path &path)
{
    reader.checkKeys(object, path,
                     {"id"_L1, "title"_L1, "authors"_L1, "venue"_L1, "year"_L1, "status"_L1, "topic"_L1, "role"_L1,
                      "summary"_L1, "selected"_L1, "links"_L1, "thumbnail"_L1, "arxiv"_L1, "doi"_L1});
    Publication publication;
    publication.id = reader.string(object, path, "id"_L1, Presence::Required);
    if (!publication.id.isEmpty() && !isValidId(publication.id)) {
        reader.error(Path(path, "id"_L1),
                     QStringLiteral("an id may hold only letters, digits, '.', '_' and '-', got %1")
                         .arg(JsonReader::describe(publication.id)));
    }
    publication.title = reader.string(object, path, "title"_L1, Presence::Required);
    int owners = 0;
    readObjects(
        reader, object, path, "authors"_L1, publication.authors,
        [&](const QJsonObject &item, const Path &itemPath) {
            Author author = readAuthor(reader, item, itemPath);
            if (author.owner && ++owners == 2) {
                reader.error(itemPath, QStringLiteral("a second author is marked as the owner"));
            }
            return author;
        },
        Presence::Required);
    publication.venue = reader.sharedString(object, path, "venue"_L1);
    publication.year = reader.wholeNumber(object, path, "year"_L1).value_or(0);
    publication.status = reader.sharedString(object, path, "status"_L1);
    publication.topic = reader.sharedString(object, path, "topic"_L1);
    publication.role = reader.sharedString(object, path, "role"_L1);
    publication.summary = reader.string(object, path, "summary"_L1);
    publication.selected = reader.boolean(object, path, "selected"_L1);
    readObjects(reader, object, path, "links"_L1, publication.links, [&](const QJsonObject &item, const Path &itemPath) {
        reader.checkKeys(item, itemPath, {"label"_L1, "url"_L1});
        return Link{reader.sharedString(item, itemPath, "label"_L1, Presence::Required),
                    readWebUrl(reader, item, itemPath, "url"_L1, Presence::Required)};
    });
    publication.thumbnail = reader.string(object, path, "thumbnail"_L1);
    publication.arxiv = reader.string(object, path, "arxiv"_L1);
    publication.doi = reader.string(object, path, "doi"_L1);
    return publication;
}

// Reads the publications from `root`, or from `texts` when the loader split them off, parsing one
// at a time. False when one of those texts does not parse; the whole text is then the judge.
bool readPublications(JsonReader &reader, const QJsonObject &root, const QList<QByteArrayView> &texts,
                      QList<Publication> &publications)
{
    const Path top;
    auto read = [&](const QJsonObject &object, const Path &path) {
        return readPublication(reader, object, path);
    };
    if (texts.isEmpty()) {
        readObjects(reader, root, top, "publications"_L1, publications, read);
        return true;
    }
    const Path listPath(top, "publications"_L1);
    publications.reserve(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        // fromRawData spares copying each text out of the file's bytes, which outlive it.
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(texts[i].data(), texts[i].size()));
        if (!document.isObject()) {
            return false;
        }
        // Past the cap every text is still parsed: a syntax error outranks all other problems.
        if (!reader.isFull()) {
            publications.append(read(document.object(), Path(listPath, i)));
        }
    }
    return true;
}

TimelineEntry readTimelineEntry(JsonReader &reader, const QJsonObject &object, const Path &path)
{
    reader.checkKeys(object, path, {"start"_L1, "end"_L1, "place"_L1, "detail"_L1, "location"_L1});
    return {reader.date(object, path, "start"_L1, Presence::Required), reader.date(object, path, "end"_L1),
            reader.string(object, path, "place"_L1, Presence::Required), reader.string(object, path, "detail"_L1),
            reader.string(object, path, "location"_L1)};
}

void readProfile(JsonReader &reader, const QJsonObject &object, const Path &path, Profile &profile)
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

void readContact(JsonReader &reader, const QJsonObject &object, const Path &path, Contact &contact)
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

void readScholar(JsonReader &reader, const QJsonObject &object, const Path &path, ScholarSnapshot &scholar)
{
    reader.checkKeys(object, path, {"source"_L1, "date"_L1, "publications"_L1, "citations"_L1, "hIndex"_L1});
    scholar.source = reader.string(object, path, "source"_L1);
    scholar.date = reader.date(object, path, "date"_L1);
    scholar.publications = reader.wholeNumber(object, path, "publications"_L1).value_or(-1);
    scholar.citations = reader.wholeNumber(object, path, "citations"_L1).value_or(-1);
    scholar.hIndex = reader.wholeNumber(object, path, "hIndex"_L1).value_or(-1);
}

// False when one of the split-off publication texts does not parse; see readPublications().
bool readPortfolio(JsonReader &reader, const QJsonObject &root, const QList<QByteArrayView> &publicationTexts,
                   Portfolio &portfolio)
{
    const Path top;
    reader.checkKeys(root, top,
                     {"formatVersion"_L1, "profile"_L1, "focusAreas"_L1, "researchStatement"_L1, "leadership"_L1,
                      "news"_L1, "scholar"_L1, "publications"_L1, "projectsIntro"_L1, "projects"_L1, "skills"_L1,
                      "education"_L1, "internships"_L1, "talks"_L1, "contact"_L1});
    if (!root.contains("profile"_L1)) {
        reader.error(Path(top, "profile"_L1), QStringLiteral("required, but missing"));
    }
    withObject(reader, root, top, "profile"_L1, [&](const QJsonObject &object, const Path &path) {
        readProfile(reader, object, path, portfolio.profile);
    });
    readObjects(reader, root, top, "focusAreas"_L1, portfolio.focusAreas, [&](const QJsonObject &object, const Path &path) {
        reader.checkKeys(object, path, {"title"_L1, "description"_L1});
        return FocusArea{reader.string(object, path, "title"_L1, Presence::Required),
                         reader.string(object, path, "description"_L1)};
    });
    portfolio.researchStatement = reader.string(root, top, "researchStatement"_L1);
    portfolio.leadership = reader.strings(root, top, "leadership"_L1);
    readObjects(reader, root, top, "news"_L1, portfolio.news, [&](const QJsonObject &object, const Path &path) {
        reader.checkKeys(object, path, {"date"_L1, "text"_L1, "publication"_L1});
        return NewsItem{reader.date(object, path, "date"_L1, Presence::Required),
                        reader.string(object, path, "text"_L1, Presence::Required),
                        reader.string(object, path, "publication"_L1)};
    });
    withObject(reader, root, top, "scholar"_L1, [&](const QJsonObject &object, const Path &path) {
        readScholar(reader, object, path, portfolio.scholar);
    });
    if (!readPublications(reader, root, publicationTexts, portfolio.publications)) {
        return false;
    }
    portfolio.projectsIntro = reader.string(root, top, "projectsIntro"_L1);
    readObjects(reader, root, top, "projects"_L1, portfolio.projects, [&](const QJsonObject &object, const Path &path) {
        reader.checkKeys(object, path, {"category"_L1, "title"_L1, "subtitle"_L1, "paragraphs"_L1});
        return Project{reader.string(object, path, "category"_L1), reader.string(object, path, "title"_L1, Presence::Required),
                       reader.string(object, path, "subtitle"_L1), readParagraphs(reader, object, path, "paragraphs"_L1)};
    });
    readObjects(reader, root, top, "skills"_L1, portfolio.skills, [&](const QJsonObject &object, const Path &path) {
        reader.checkKeys(object, path, {"name"_L1, "items"_L1});
        return SkillGroup{reader.string(object, path, "name"_L1, Presence::Required),
                          reader.strings(object, path, "items"_L1)};
    });
    auto readEntry = [&](const QJsonObject &object, const Path &path) {
        return readTimelineEntry(reader, object, path);
    };
    readObjects(reader, root, top, "education"_L1, portfolio.education, readEntry);
    readObjects(reader, root, top, "internships"_L1, portfolio.internships, readEntry);
    readObjects(reader, root, top, "talks"_L1, portfolio.talks, [&](const QJsonObject &object, const Path &path) {
        reader.checkKeys(object, path, {"date"_L1, "title"_L1, "detail"_L1});
        return Talk{reader.date(object, path, "date"_L1, Presence::Required),
                    reader.string(object, path, "title"_L1, Presence::Required),
                    reader.string(object, path, "detail"_L1)};
    });
    withObject(reader, root, top, "contact"_L1, [&](const QJsonObject &object, const Path &path) {
        readContact(reader, object, path, portfolio.contact);
    });
    return true;
}

// Checks that need the whole portfolio: unique publication ids and news links that resolve.
void checkReferences(JsonReader &reader, const Portfolio &portfolio)
{
    const Path top;
    const Path publicationsPath(top, "publications"_L1);
    QHash<QString, qsizetype> firstIndex;
    firstIndex.reserve(portfolio.publications.size());
    for (qsizetype i = 0; i < portfolio.publications.size(); ++i) {
        const QString &id = portfolio.publications[i].id;
        if (id.isEmpty()) {
            continue;
        }
        const auto existing = firstIndex.constFind(id);
        if (existing != firstIndex.cend()) {
            const Path publicationPath(publicationsPath, i);
            reader.error(Path(publicationPath, "id"_L1),
                         QStringLiteral("the id %1 is already used by publications[%2]")
                             .arg(JsonReader::describe(id))
                             .arg(*existing));
        } else {
            firstIndex.insert(id, i);
        }
    }
    const Path newsPath(top, "news"_L1);
    for (qsizetype i = 0; i < portfolio.news.size(); ++i) {
        const QString &id = portfolio.news[i].publicationId;
        if (!id.isEmpty() && !firstIndex.contains(id)) {
            const Path itemPath(newsPath, i);
            reader.error(Path(itemPath, "publication"_L1),
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

// Reads the portfolio out of `root`, parsed from `json` or from its rest after the publications
// were split off as `publicationTexts`; nullopt when one of those does not parse.
std::optional<LoadResult> readRoot(QByteArrayView json, const QJsonObject &root,
                                   const QList<QByteArrayView> &publicationTexts)
{
    JsonReader reader;
    const Path top;
    const QJsonValue version = root.value("formatVersion"_L1);
    if (version.isUndefined()) {
        reader.error(Path(top, "formatVersion"_L1),
                     QStringLiteral("required, but missing; this app reads format version %1")
                         .arg(PortfolioLoader::FormatVersion));
    } else if (version != QJsonValue(PortfolioLoader::FormatVersion)) {
        reader.error(Path(top, "formatVersion"_L1),
                     QStringLiteral("this app reads format version %1, got %2")
                         .arg(PortfolioLoader::FormatVersion)
                         .arg(JsonReader::describe(version)));
    }
    if (!reader.problems().isEmpty() && !publicationTexts.isEmpty()) {
        // A wrong version stops reading and would leave the split-off publications unparsed, yet a
        // syntax error among them outranks it: the whole text is parsed instead.
        return std::nullopt;
    }
    Portfolio portfolio;
    if (reader.problems().isEmpty()) {
        if (!readPortfolio(reader, root, publicationTexts, portfolio)) {
            return std::nullopt;
        }
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
    // Mapped, the file is parsed straight from the page cache, without a copy; a file that cannot be
    // mapped, such as a pipe or a compressed resource, is read instead.
    if (const uchar *mapped = file.map(0, file.size())) {
        return loadBytes(QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size()));
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
    // A view: trimming the QByteArray itself would copy the whole text whenever it ends in a newline.
    if (QByteArrayView(json).trimmed().isEmpty()) {
        return {std::nullopt, {fileProblem(QStringLiteral("the file is empty; expected a JSON object"))}};
    }
    // A QJsonDocument takes about six times the size of its text, and most of a large portfolio is
    // its publications: parsed one at a time, they never all sit in memory as JSON at once.
    if (const std::optional<JsonLocator::Split> split = JsonLocator::split(json, "publications"_L1)) {
        const QJsonDocument rest = QJsonDocument::fromJson(split->rest);
        if (rest.isObject()) {
            if (std::optional<LoadResult> result = readRoot(json, rest.object(), split->elements)) {
                return std::move(*result);
            }
        }
    }
    // Parsed whole, the text gets Qt's own verdict: the message and offset of a syntax error.
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
    // Nothing was split off, so every publication is read from the document and all of it parses.
    return *readRoot(json, document.object(), {});
}

LoadResult PortfolioLoader::loadEmbedded()
{
    return loadFile(EmbeddedPath);
}
