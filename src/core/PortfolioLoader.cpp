#include "PortfolioLoader.h"

#include "JsonLocator.h"
#include "JsonReader.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using Members = JsonReader::Members;
using Path = JsonReader::Path;
using Presence = JsonReader::Presence;

namespace {

QList<Paragraph> readParagraphs(JsonReader &reader, const Members &object, QLatin1StringView key)
{
    QList<Paragraph> paragraphs;
    const QJsonArray items = reader.array(object, key);
    const Path listPath(object.path(), key);
    for (qsizetype i = 0; i < items.size() && !reader.isFull(); ++i) {
        const Path itemPath(listPath, i);
        if (items[i].isString()) {
            paragraphs.append({{}, items[i].toString()});
        } else if (const auto item = reader.object(items[i], itemPath)) {
            const Members paragraph(*item, itemPath);
            reader.checkKeys(paragraph, {"lead"_L1, "text"_L1});
            paragraphs.append({reader.string(paragraph, "lead"_L1),
                               reader.string(paragraph, "text"_L1, Presence::Required)});
        }
    }
    return paragraphs;
}

// The address in `text` when it is a web page's: http or https, with a host.
std::optional<QUrl> webUrl(const QString &text)
{
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        return std::nullopt;
    }
    return url;
}

QUrl readWebUrl(JsonReader &reader, const Members &object, QLatin1StringView key,
                Presence presence = Presence::Optional)
{
    const QString text = reader.string(object, key, presence);
    if (text.isEmpty()) {
        return {};
    }
    std::optional<QUrl> url = webUrl(text);
    if (!url) {
        reader.error(Path(object.path(), key),
                     PortfolioLoader::tr("expected an http or https address, got %1").arg(JsonReader::describe(text)));
        return {};
    }
    return std::move(*url);
}

// Appends read(item) to `list` for each object in the array at `key`.
template<typename T, typename Read>
void readObjects(JsonReader &reader, const Members &object, QLatin1StringView key, QList<T> &list, Read read,
                 Presence presence = Presence::Optional)
{
    const QJsonArray items = reader.array(object, key, presence);
    const Path listPath(object.path(), key);
    list.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && !reader.isFull(); ++i) {
        const Path itemPath(listPath, i);
        if (const auto item = reader.object(items[i], itemPath)) {
            list.append(read(Members(*item, itemPath)));
        }
    }
}

// Calls read(member) when the object member at `key` is present.
template<typename Read>
void withObject(JsonReader &reader, const Members &object, QLatin1StringView key, Read read)
{
    const QJsonValue &value = object.value(key);
    if (value.isUndefined()) {
        return;
    }
    const Path memberPath(object.path(), key);
    if (const auto member = reader.object(value, memberPath)) {
        read(Members(*member, memberPath));
    }
}

Author readAuthor(JsonReader &reader, const Members &object)
{
    Author author;
    author.elided = reader.boolean(object, "elided"_L1);
    if (author.elided) {
        reader.checkKeys(object, {"elided"_L1});
        return author;
    }
    reader.checkKeys(object, {"name"_L1, "owner"_L1, "equalContribution"_L1, "corresponding"_L1, "elided"_L1});
    author.name = reader.sharedString(object, "name"_L1, Presence::Required);
    author.owner = reader.boolean(object, "owner"_L1);
    author.equalContribution = reader.boolean(object, "equalContribution"_L1);
    author.corresponding = reader.boolean(object, "corresponding"_L1);
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
    // One per thread: publications are read on two, and QRegularExpression is only reentrant.
    static thread_local const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]+$"));
    return idPattern.match(id).hasMatch();
}

Publication readPublication(JsonReader &reader, const Members &object)
{
    reader.checkKeys(object, {"id"_L1, "title"_L1, "authors"_L1, "venue"_L1, "year"_L1, "status"_L1, "topic"_L1,
                              "role"_L1, "summary"_L1, "selected"_L1, "links"_L1, "thumbnail"_L1, "arxiv"_L1,
                              "doi"_L1});
    Publication publication;
    publication.id = reader.string(object, "id"_L1, Presence::Required);
    if (!publication.id.isEmpty() && !isValidId(publication.id)) {
        reader.error(Path(object.path(), "id"_L1),
                     PortfolioLoader::tr("an id may hold only letters, digits, '.', '_' and '-', got %1")
                         .arg(JsonReader::describe(publication.id)));
    }
    publication.title = reader.string(object, "title"_L1, Presence::Required);
    int owners = 0;
    readObjects(
        reader, object, "authors"_L1, publication.authors,
        [&](const Members &item) {
            Author author = readAuthor(reader, item);
            if (author.owner && ++owners == 2) {
                reader.error(item.path(), PortfolioLoader::tr("a second author is marked as the owner"));
            }
            return author;
        },
        Presence::Required);
    publication.venue = reader.sharedString(object, "venue"_L1);
    publication.year = reader.wholeNumber(object, "year"_L1).value_or(0);
    publication.status = reader.sharedString(object, "status"_L1);
    publication.topic = reader.sharedString(object, "topic"_L1);
    publication.role = reader.sharedString(object, "role"_L1);
    publication.summary = reader.string(object, "summary"_L1);
    publication.selected = reader.boolean(object, "selected"_L1);
    readObjects(reader, object, "links"_L1, publication.links, [&](const Members &item) {
        reader.checkKeys(item, {"label"_L1, "url"_L1});
        return Link{reader.sharedString(item, "label"_L1, Presence::Required),
                    readWebUrl(reader, item, "url"_L1, Presence::Required)};
    });
    publication.thumbnail = reader.string(object, "thumbnail"_L1);
    publication.arxiv = reader.string(object, "arxiv"_L1);
    publication.doi = reader.string(object, "doi"_L1);
    return publication;
}

// Reads one publication straight from its text when the text is plain, which nearly every
// publication's is: only known keys, values of the types the format asks for, and nothing that
// JsonReader would report. It accepts a subset of the JSON that Qt's parser accepts, and gives the
// same values, so a text read here would parse there, and with no problem to report. On anything
// else it gives up, and the text is parsed and read the general way, which words every problem as
// before. Skipping the QJsonDocument (building it, walking its members, destroying it) more than
// halves the cost of reading a publication.
class PlainPublicationReader
{
public:
    // Shares repeated values through `reader`, which must outlive this.
    explicit PlainPublicationReader(JsonReader &reader)
        : m_reader(reader)
    {
    }

    std::optional<Publication> read(QByteArrayView text);

private:
    void skipSpace()
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t' || *m_pos == '\n' || *m_pos == '\r')) {
            ++m_pos;
        }
    }
    bool atEnd() const { return m_pos == m_end; }
    bool take(char c)
    {
        skipSpace();
        if (m_pos < m_end && *m_pos == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    // The keys of an object, each found in `keys` and there at most once, handed to
    // readValue(index), which reads the value. False on anything else.
    template<std::size_t N, typename ReadValue>
    bool object(const std::array<QByteArrayView, N> &keys, quint32 &seen, ReadValue readValue);
    // Calls readItem() for each element of an array.
    template<typename ReadItem>
    bool array(ReadItem readItem);
    // Reads an array into `list` through readItem(T &), collecting in `scratch` first: appending
    // to `list` itself would leave it the spare capacity of growth, several MiB over a large file.
    template<typename T, typename ReadItem>
    bool list(QList<T> &scratch, QList<T> &list, ReadItem readItem)
    {
        scratch.clear();
        if (!array([&] {
                return readItem(scratch.emplaceBack());
            })) {
            return false;
        }
        list = QList<T>(std::make_move_iterator(scratch.begin()), std::make_move_iterator(scratch.end()));
        return true;
    }
    // A string that is not empty: Qt gives empty strings a null or an empty QString depending on
    // how they are stored, which is not worth imitating.
    bool string(QString &text);
    bool escapedString(const char *begin, QString &text);
    bool requiredString(QString &text) { return string(text) && !JsonReader::isBlank(text); }
    // A string() that repeats across the file, such as a venue or an author's name, shared as
    // JsonReader::sharedString() shares it.
    bool sharedString(QString &text, JsonReader::Presence presence = JsonReader::Presence::Optional);
    bool boolean(bool &value);
    bool wholeNumber(int &value);
    bool author(Author &author, int &owners);
    bool link(Link &link);

    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    JsonReader &m_reader;
    // Shared values by their text in the file, which outlives reading: a value seen before is
    // found without decoding it into a new QString first.
    QHash<QByteArrayView, QString> m_shared;
    QList<Author> m_authors;
    QList<Link> m_links;
};

// UTF-8 that Qt decodes the same way whatever its rules for the doubtful cases: no overlong forms,
// no surrogates, nothing past U+10FFFF and, to be safe, no noncharacters.
bool isPlainUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const uchar lead = *p++;
        if (lead < 0x80) {
            continue;
        }
        int more = 0;
        char32_t code = 0;
        char32_t least = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            more = 1, code = lead & 0x1F, least = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            more = 2, code = lead & 0x0F, least = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            more = 3, code = lead & 0x07, least = 0x10000;
        } else {
            return false;
        }
        if (end - p < more) {
            return false;
        }
        for (int i = 0; i < more; ++i) {
            if ((p[i] & 0xC0) != 0x80) {
                return false;
            }
            code = (code << 6) | (p[i] & 0x3F);
        }
        p += more;
        if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)
            || (code >= 0xFDD0 && code <= 0xFDEF) || (code & 0xFFFE) == 0xFFFE) {
            return false;
        }
    }
    return true;
}

template<std::size_t N, typename ReadValue>
bool PlainPublicationReader::object(const std::array<QByteArrayView, N> &keys, quint32 &seen, ReadValue readValue)
{
    static_assert(N <= 32);
    if (!take('{')) {
        return false;
    }
    if (take('}')) {
        return true;
    }
    do {
        if (!take('"')) {
            return false;
        }
        // Known keys are plain ASCII, so a key with an escape or any other byte is not one of them.
        const char *begin = m_pos;
        while (m_pos < m_end && *m_pos != '"' && *m_pos != '\\') {
            ++m_pos;
        }
        if (atEnd() || *m_pos != '"') {
            return false;
        }
        const QByteArrayView key(begin, m_pos - begin);
        ++m_pos;
        const auto found = std::find(keys.begin(), keys.end(), key);
        if (found == keys.end()) {
            return false;
        }
        const quint32 bit = 1u << (found - keys.begin());
        // Qt keeps the last of two equal keys; JsonReader sees only that one.
        if ((seen & bit) != 0) {
            return false;
        }
        seen |= bit;
        if (!take(':')) {
            return false;
        }
        skipSpace();
        if (!readValue(found - keys.begin())) {
            return false;
        }
    } while (take(','));
    return take('}');
}

template<typename ReadItem>
bool PlainPublicationReader::array(ReadItem readItem)
{
    if (!take('[')) {
        return false;
    }
    if (take(']')) {
        return true;
    }
    do {
        skipSpace();
        if (!readItem()) {
            return false;
        }
    } while (take(','));
    return take(']');
}

bool PlainPublicationReader::string(QString &text)
{
    if (atEnd() || *m_pos != '"') {
        return false;
    }
    const char *begin = ++m_pos;
    bool ascii = true;
    for (; m_pos < m_end; ++m_pos) {
        const auto c = uchar(*m_pos);
        if (c == '"') {
            break;
        }
        if (c == '\\') {
            return escapedString(begin, text);
        }
        // Qt takes raw control characters in strings, where JSON forbids them; left to Qt.
        if (c < 0x20) {
            return false;
        }
        ascii = ascii && c < 0x80;
    }
    const QByteArrayView raw(begin, m_pos - begin);
    if (atEnd() || raw.isEmpty()) {
        return false;
    }
    ++m_pos;
    if (ascii) {
        text = QString::fromLatin1(raw);
        return true;
    }
    if (!isPlainUtf8(raw)) {
        return false;
    }
    text = QString::fromUtf8(raw);
    return true;
}

// What the escape of one letter after a backslash stands for; 0 for none of them.
char unescaped(char escape)
{
    switch (escape) {
    case '"':
    case '\\':
    case '/':
        return escape;
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    default:
        return 0;
    }
}

// The rest of a string with escapes in it, which began at `begin`; m_pos is at the first backslash.
bool PlainPublicationReader::escapedString(const char *begin, QString &text)
{
    QByteArray utf8(begin, m_pos - begin);
    auto hex4 = [this](char32_t &code) {
        if (m_end - m_pos < 4) {
            return false;
        }
        code = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_pos[i];
            const int digit = c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0) {
                return false;
            }
            code = code * 16 + char32_t(digit);
        }
        m_pos += 4;
        return true;
    };
    while (m_pos < m_end) {
        const auto c = uchar(*m_pos++);
        if (c == '"') {
            if (utf8.isEmpty() || !isPlainUtf8(utf8)) {
                return false;
            }
            text = QString::fromUtf8(utf8);
            return true;
        }
        if (c < 0x20) {
            return false;
        }
        if (c != '\\') {
            utf8.append(char(c));
            continue;
        }
        if (atEnd()) {
            return false;
        }
        const char escape = *m_pos++;
        if (escape != 'u') {
            const char c = unescaped(escape);
            if (c == 0) {
                return false;
            }
            utf8.append(c);
            continue;
        }
        char32_t code = 0;
        if (!hex4(code)) {
            return false;
        }
        if (code >= 0xD800 && code <= 0xDBFF) {
            char32_t low = 0;
            if (m_end - m_pos < 2 || m_pos[0] != '\\' || m_pos[1] != 'u') {
                return false;
            }
            m_pos += 2;
            if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) {
                return false;
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        } else if (code == 0 || (code >= 0xDC00 && code <= 0xDFFF)) {
            return false;
        }
        // isPlainUtf8() checks the result, which catches escaped noncharacters too.
        utf8.append(QStringView(QChar::fromUcs4(code)).toUtf8());
    }
    return false;
}

bool PlainPublicationReader::sharedString(QString &text, JsonReader::Presence presence)
{
    if (atEnd() || *m_pos != '"') {
        return false;
    }
    const char *begin = m_pos + 1;
    const auto *quote = static_cast<const char *>(std::memchr(begin, '"', m_end - begin));
    // Only a text without escapes ends at its first quote.
    const bool plain = quote && !QByteArrayView(begin, quote - begin).contains('\\');
    if (plain) {
        if (const auto known = m_shared.constFind(QByteArrayView(begin, quote - begin)); known != m_shared.cend()) {
            text = *known;
            m_pos = quote + 1;
            return presence == JsonReader::Presence::Optional || !JsonReader::isBlank(text);
        }
    }
    if (!string(text) || (presence == JsonReader::Presence::Required && JsonReader::isBlank(text))) {
        return false;
    }
    text = m_reader.share(text);
    if (plain) {
        m_shared.insert(QByteArrayView(begin, quote - begin), text);
    }
    return true;
}

bool PlainPublicationReader::boolean(bool &value)
{
    const QByteArrayView rest(m_pos, m_end - m_pos);
    if (rest.startsWith("true")) {
        value = true;
        m_pos += 4;
        return true;
    }
    if (rest.startsWith("false")) {
        value = false;
        m_pos += 5;
        return true;
    }
    return false;
}

bool PlainPublicationReader::wholeNumber(int &value)
{
    // Up to nine digits without a leading zero: within the 1e9 that JsonReader allows. Fractions,
    // exponents and signs are left to it; what follows the digits is for the caller to judge.
    const char *begin = m_pos;
    while (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9' && m_pos - begin < 10) {
        ++m_pos;
    }
    const qsizetype digits = m_pos - begin;
    if (digits == 0 || digits > 9 || (*begin == '0' && digits > 1)
        || (m_pos < m_end && (*m_pos == '.' || *m_pos == 'e' || *m_pos == 'E'))) {
        return false;
    }
    value = 0;
    for (const char *p = begin; p < m_pos; ++p) {
        value = value * 10 + (*p - '0');
    }
    return true;
}

bool PlainPublicationReader::author(Author &author, int &owners)
{
    enum { Name, Owner, EqualContribution, Corresponding, Elided };
    static constexpr std::array<QByteArrayView, 5> keys{"name", "owner", "equalContribution", "corresponding",
                                                        "elided"};
    quint32 seen = 0;
    const bool read = object(keys, seen, [&](qsizetype key) {
        switch (key) {
        case Name:
            return sharedString(author.name, JsonReader::Presence::Required);
        case Owner:
            return boolean(author.owner);
        case EqualContribution:
            return boolean(author.equalContribution);
        case Corresponding:
            return boolean(author.corresponding);
        default:
            return boolean(author.elided);
        }
    });
    if (!read) {
        return false;
    }
    if (author.elided) {
        // Anything beside "elided" would be reported as unknown.
        if (seen != 1u << Elided) {
            return false;
        }
        author = Author{};
        author.elided = true;
        return true;
    }
    return (seen & (1u << Name)) != 0 && !(author.owner && ++owners == 2);
}

bool PlainPublicationReader::link(Link &link)
{
    static constexpr std::array<QByteArrayView, 2> keys{"label", "url"};
    quint32 seen = 0;
    QString url;
    const bool read = object(keys, seen, [&](qsizetype key) {
        return key == 0 ? sharedString(link.label, JsonReader::Presence::Required) : requiredString(url);
    });
    if (!read || seen != 0b11) {
        return false;
    }
    std::optional<QUrl> address = webUrl(url);
    if (!address) {
        return false;
    }
    link.url = std::move(*address);
    return true;
}

std::optional<Publication> PlainPublicationReader::read(QByteArrayView text)
{
    m_pos = text.data();
    m_end = text.data() + text.size();
    enum { Id, Title, Authors, Venue, Year, Status, Topic, Role, Summary, Selected, Links, Thumbnail, Arxiv, Doi };
    static constexpr std::array<QByteArrayView, 14> keys{"id",      "title",    "authors", "venue",     "year",
                                                         "status",  "topic",    "role",    "summary",   "selected",
                                                         "links",   "thumbnail", "arxiv",  "doi"};
    Publication publication;
    int owners = 0;
    quint32 seen = 0;
    const bool read = object(keys, seen, [&](qsizetype key) {
        switch (key) {
        case Id:
            return requiredString(publication.id) && isValidId(publication.id);
        case Title:
            return requiredString(publication.title);
        case Authors:
            return list(m_authors, publication.authors, [&](Author &item) {
                return author(item, owners);
            });
        case Venue:
            return sharedString(publication.venue);
        case Year:
            return wholeNumber(publication.year);
        case Status:
            return sharedString(publication.status);
        case Topic:
            return sharedString(publication.topic);
        case Role:
            return sharedString(publication.role);
        case Summary:
            return string(publication.summary);
        case Selected:
            return boolean(publication.selected);
        case Links:
            return list(m_links, publication.links, [&](Link &item) {
                return link(item);
            });
        case Thumbnail:
            return string(publication.thumbnail);
        case Arxiv:
            return string(publication.arxiv);
        default:
            return string(publication.doi);
        }
    });
    constexpr quint32 required = (1u << Id) | (1u << Title) | (1u << Authors);
    skipSpace();
    if (!read || !atEnd() || (seen & required) != required) {
        return std::nullopt;
    }
    return publication;
}

// Reads the split-off publication texts from `first` up to `last`, parsing one at a time, with
// `reader`. False when one of them does not parse.
bool readPublicationTexts(JsonReader &reader, const QList<QByteArrayView> &texts, qsizetype first, qsizetype last,
                          QList<Publication> &publications)
{
    const Path top;
    const Path listPath(top, "publications"_L1);
    publications.reserve(publications.size() + last - first);
    PlainPublicationReader plainReader(reader);
    for (qsizetype i = first; i < last; ++i) {
        if (std::optional<Publication> publication = plainReader.read(texts[i])) {
            if (!reader.isFull()) {
                publications.append(std::move(*publication));
            }
            continue;
        }
        // fromRawData spares copying each text out of the file's bytes, which outlive it.
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(texts[i].data(), texts[i].size()));
        if (!document.isObject()) {
            return false;
        }
        // Past the cap every text is still parsed: a syntax error outranks all other problems.
        if (!reader.isFull()) {
            const Path itemPath(listPath, i);
            publications.append(readPublication(reader, Members(document.object(), itemPath)));
        }
    }
    return true;
}

// Smaller portfolios, the usual kind, are read on the calling thread alone.
constexpr qsizetype MinimumToShare = 1000;

// Reads the publications from `root`, or from `texts` when the loader split them off. False when
// one of those texts does not parse, or in the rare case that no second thread could start; the
// whole text is then the judge.
bool readPublications(JsonReader &reader, const Members &root, const QList<QByteArrayView> &texts,
                      QList<Publication> &publications)
{
    if (texts.isEmpty()) {
        readObjects(reader, root, "publications"_L1, publications, [&](const Members &object) {
            return readPublication(reader, object);
        });
        return true;
    }
    if (texts.size() >= MinimumToShare && QThread::idealThreadCount() > 1) {
        // Publications do not depend on each other, so a second thread reads the second half, with
        // a reader of its own; secondParsed stays false should the thread not start.
        const qsizetype half = texts.size() / 2;
        JsonReader secondReader;
        QList<Publication> second;
        bool secondParsed = false;
        const std::unique_ptr<QThread> thread(QThread::create([&] {
            secondParsed = readPublicationTexts(secondReader, texts, half, texts.size(), second);
        }));
        thread->start();
        JsonReader firstReader;
        publications.reserve(texts.size());
        const bool firstParsed = readPublicationTexts(firstReader, texts, 0, half, publications);
        thread->wait();
        if (!firstParsed || !secondParsed) {
            return false;
        }
        if (reader.take({&firstReader, &secondReader})) {
            publications.append(std::move(second));
            return true;
        }
        // A cap cut the problems short: only reading in order with one reader cuts them in the same place.
        publications.clear();
    }
    return readPublicationTexts(reader, texts, 0, texts.size(), publications);
}

TimelineEntry readTimelineEntry(JsonReader &reader, const Members &object)
{
    reader.checkKeys(object, {"start"_L1, "end"_L1, "place"_L1, "detail"_L1, "location"_L1});
    return {reader.date(object, "start"_L1, Presence::Required), reader.date(object, "end"_L1),
            reader.string(object, "place"_L1, Presence::Required), reader.string(object, "detail"_L1),
            reader.string(object, "location"_L1)};
}

void readProfile(JsonReader &reader, const Members &object, Profile &profile)
{
    reader.checkKeys(object, {"name"_L1, "headline"_L1, "affiliation"_L1, "team"_L1, "tagline"_L1, "biography"_L1,
                              "homepage"_L1});
    profile.name = reader.string(object, "name"_L1, Presence::Required);
    profile.headline = reader.string(object, "headline"_L1);
    profile.affiliation = reader.string(object, "affiliation"_L1);
    profile.team = reader.string(object, "team"_L1);
    profile.tagline = reader.string(object, "tagline"_L1);
    profile.biography = reader.strings(object, "biography"_L1);
    profile.homepage = readWebUrl(reader, object, "homepage"_L1);
}

void readContact(JsonReader &reader, const Members &object, Contact &contact)
{
    reader.checkKeys(object, {"email"_L1, "alternateEmails"_L1, "intro"_L1, "summary"_L1, "interests"_L1,
                              "topics"_L1, "recruiting"_L1});
    contact.email = reader.string(object, "email"_L1);
    contact.alternateEmails = reader.strings(object, "alternateEmails"_L1);
    contact.intro = reader.string(object, "intro"_L1);
    contact.summary = reader.string(object, "summary"_L1);
    contact.interests = reader.string(object, "interests"_L1);
    contact.topics = reader.strings(object, "topics"_L1);
    contact.recruiting = reader.string(object, "recruiting"_L1);
}

void readScholar(JsonReader &reader, const Members &object, ScholarSnapshot &scholar)
{
    reader.checkKeys(object, {"source"_L1, "date"_L1, "publications"_L1, "citations"_L1, "hIndex"_L1});
    scholar.source = reader.string(object, "source"_L1);
    scholar.date = reader.date(object, "date"_L1);
    scholar.publications = reader.wholeNumber(object, "publications"_L1).value_or(-1);
    scholar.citations = reader.wholeNumber(object, "citations"_L1).value_or(-1);
    scholar.hIndex = reader.wholeNumber(object, "hIndex"_L1).value_or(-1);
}

// False when one of the split-off publication texts does not parse; see readPublications().
bool readPortfolio(JsonReader &reader, const Members &root, const QList<QByteArrayView> &publicationTexts,
                   Portfolio &portfolio)
{
    reader.checkKeys(root, {"formatVersion"_L1, "profile"_L1, "focusAreas"_L1, "researchStatement"_L1,
                            "leadership"_L1, "news"_L1, "scholar"_L1, "publications"_L1, "bibliographies"_L1,
                            "projectsIntro"_L1,
                            "projects"_L1, "skills"_L1, "education"_L1, "internships"_L1, "talks"_L1, "contact"_L1});
    if (!root.contains("profile"_L1)) {
        reader.error(Path(root.path(), "profile"_L1), PortfolioLoader::tr("required, but missing"));
    }
    withObject(reader, root, "profile"_L1, [&](const Members &object) {
        readProfile(reader, object, portfolio.profile);
    });
    readObjects(reader, root, "focusAreas"_L1, portfolio.focusAreas, [&](const Members &object) {
        reader.checkKeys(object, {"title"_L1, "description"_L1});
        return FocusArea{reader.string(object, "title"_L1, Presence::Required),
                         reader.string(object, "description"_L1)};
    });
    portfolio.researchStatement = reader.string(root, "researchStatement"_L1);
    portfolio.leadership = reader.strings(root, "leadership"_L1);
    readObjects(reader, root, "news"_L1, portfolio.news, [&](const Members &object) {
        reader.checkKeys(object, {"date"_L1, "text"_L1, "publication"_L1});
        return NewsItem{reader.date(object, "date"_L1, Presence::Required),
                        reader.string(object, "text"_L1, Presence::Required), reader.string(object, "publication"_L1)};
    });
    withObject(reader, root, "scholar"_L1, [&](const Members &object) {
        readScholar(reader, object, portfolio.scholar);
    });
    if (!readPublications(reader, root, publicationTexts, portfolio.publications)) {
        return false;
    }
    portfolio.bibliographies = reader.strings(root, "bibliographies"_L1);
    portfolio.projectsIntro = reader.string(root, "projectsIntro"_L1);
    readObjects(reader, root, "projects"_L1, portfolio.projects, [&](const Members &object) {
        reader.checkKeys(object, {"category"_L1, "title"_L1, "subtitle"_L1, "paragraphs"_L1});
        return Project{reader.string(object, "category"_L1), reader.string(object, "title"_L1, Presence::Required),
                       reader.string(object, "subtitle"_L1), readParagraphs(reader, object, "paragraphs"_L1)};
    });
    readObjects(reader, root, "skills"_L1, portfolio.skills, [&](const Members &object) {
        reader.checkKeys(object, {"name"_L1, "items"_L1});
        return SkillGroup{reader.string(object, "name"_L1, Presence::Required), reader.strings(object, "items"_L1)};
    });
    auto readEntry = [&](const Members &object) {
        return readTimelineEntry(reader, object);
    };
    readObjects(reader, root, "education"_L1, portfolio.education, readEntry);
    readObjects(reader, root, "internships"_L1, portfolio.internships, readEntry);
    readObjects(reader, root, "talks"_L1, portfolio.talks, [&](const Members &object) {
        reader.checkKeys(object, {"date"_L1, "title"_L1, "detail"_L1});
        return Talk{reader.date(object, "date"_L1, Presence::Required),
                    reader.string(object, "title"_L1, Presence::Required), reader.string(object, "detail"_L1)};
    });
    withObject(reader, root, "contact"_L1, [&](const Members &object) {
        readContact(reader, object, portfolio.contact);
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
        // One lookup instead of a find and an insert: operator[] adds a new id, which the size shows.
        const qsizetype known = firstIndex.size();
        qsizetype &first = firstIndex[id];
        if (firstIndex.size() == known) {
            const Path publicationPath(publicationsPath, i);
            reader.error(Path(publicationPath, "id"_L1),
                         PortfolioLoader::tr("the id %1 is already used by publications[%2]")
                             .arg(JsonReader::describe(id))
                             .arg(first));
        } else {
            first = i;
        }
    }
    const Path newsPath(top, "news"_L1);
    for (qsizetype i = 0; i < portfolio.news.size(); ++i) {
        const QString &id = portfolio.news[i].publicationId;
        if (!id.isEmpty() && !firstIndex.contains(id)) {
            const Path itemPath(newsPath, i);
            reader.error(Path(itemPath, "publication"_L1),
                         PortfolioLoader::tr("no publication has the id %1").arg(JsonReader::describe(id)));
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
            {fileProblem(PortfolioLoader::tr("%1 is %2 MiB; portfolios are limited to %3 MiB")
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
                     PortfolioLoader::tr("required, but missing; this app reads format version %1")
                         .arg(PortfolioLoader::FormatVersion));
    } else if (version != QJsonValue(PortfolioLoader::FormatVersion)) {
        reader.error(Path(top, "formatVersion"_L1),
                     PortfolioLoader::tr("this app reads format version %1, got %2")
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
        if (!readPortfolio(reader, Members(root, top), publicationTexts, portfolio)) {
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
        return {std::nullopt, {fileProblem(PortfolioLoader::tr("cannot open the file: %1").arg(file.errorString()))}};
    }
    // Refuse before reading, so a huge file costs nothing.
    if (file.size() > MaximumSize) {
        return tooLarge(PortfolioLoader::tr("the file"), file.size());
    }
    // Read, not mapped: a mapped file that another program truncates while it is parsed kills the
    // process with SIGBUS, and editors rewrite portfolio files while the app shows them.
    const QByteArray bytes = file.read(MaximumSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return {std::nullopt, {fileProblem(PortfolioLoader::tr("cannot read the file: %1").arg(file.errorString()))}};
    }
    return loadBytes(bytes);
}

LoadResult PortfolioLoader::loadBytes(const QByteArray &json)
{
    if (json.size() > MaximumSize) {
        return tooLarge(PortfolioLoader::tr("the data"), json.size());
    }
    // A view: trimming the QByteArray itself would copy the whole text whenever it ends in a newline.
    if (QByteArrayView(json).trimmed().isEmpty()) {
        return {std::nullopt, {fileProblem(PortfolioLoader::tr("the file is empty; expected a JSON object"))}};
    }
    // A QJsonDocument takes about six times the size of its text, and most of a large portfolio is
    // its publications: parsed one at a time, they never all sit in memory as JSON at once.
    if (const std::optional<JsonLocator::Split> split = JsonLocator::split(json, "publications")) {
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
                  PortfolioLoader::tr("not valid JSON: %1").arg(parseError.errorString())}}};
    }
    if (!document.isObject()) {
        return {std::nullopt, {fileProblem(PortfolioLoader::tr("expected a JSON object at the top, got a list"))}};
    }
    // Nothing was split off, so every publication is read from the document and all of it parses.
    return *readRoot(json, document.object(), {});
}

LoadResult PortfolioLoader::loadEmbedded()
{
    return loadFile(EmbeddedPath);
}
