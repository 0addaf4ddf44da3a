#include "BibtexReader.h"

#include "LatexText.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QUrl>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr std::pair<QLatin1StringView, QLatin1StringView> Months[] = {
    {"jan"_L1, "January"_L1}, {"feb"_L1, "February"_L1}, {"mar"_L1, "March"_L1},     {"apr"_L1, "April"_L1},
    {"may"_L1, "May"_L1},     {"jun"_L1, "June"_L1},     {"jul"_L1, "July"_L1},      {"aug"_L1, "August"_L1},
    {"sep"_L1, "September"_L1}, {"oct"_L1, "October"_L1}, {"nov"_L1, "November"_L1}, {"dec"_L1, "December"_L1},
};

// Where the venue comes from when there is no abbr, most specific first.
constexpr QLatin1StringView VenueFields[] = {"journal"_L1, "booktitle"_L1, "howpublished"_L1, "school"_L1,
                                            "institution"_L1, "organization"_L1, "publisher"_L1};

// al-folio's link keys, in the order al-folio shows their buttons.
constexpr std::pair<QLatin1StringView, QLatin1StringView> LinkFields[] = {
    {"html"_L1, "HTML"_L1},   {"pdf"_L1, "PDF"_L1},       {"supp"_L1, "Supplement"_L1}, {"video"_L1, "Video"_L1},
    {"blog"_L1, "Blog"_L1},   {"code"_L1, "Code"_L1},     {"poster"_L1, "Poster"_L1},   {"slides"_L1, "Slides"_L1},
    {"website"_L1, "Website"_L1}, {"url"_L1, "Paper"_L1},
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// BibTeX's identifiers (entry types, field and macro names): printable, none of its syntax.
bool isNameCharacter(char c)
{
    return static_cast<unsigned char>(c) > ' ' && c != 0x7f && !QByteArrayView("\"#%'(),={}@").contains(c);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isIdCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
        || c == u'_' || c == u'-';
}

struct Field {
    QByteArray name; // lower case
    QByteArray value;
    qsizetype offset = 0;
};

struct Entry {
    QByteArray type; // lower case
    QString path;
    qsizetype offset = 0;
    QString key;
    qsizetype keyOffset = 0;
    QList<Field> fields;

    const Field *field(QLatin1StringView name) const
    {
        const auto found = std::find_if(fields.cbegin(), fields.cend(),
                                        [name](const Field &candidate) { return QLatin1StringView(candidate.name) == name; });
        return found == fields.cend() ? nullptr : &*found;
    }
};

// Turns offsets into lines and columns. Problems arrive roughly in order, so it walks from the
// last answer, backwards too, instead of counting from the start each time; only stepping back
// over a line break counts that line again.
class Locator
{
public:
    explicit Locator(QByteArrayView text)
        : m_text(text)
    {
    }

    std::pair<int, int> locate(qsizetype offset)
    {
        offset = std::clamp<qsizetype>(offset, 0, m_text.size());
        while (m_offset < offset) {
            const char c = m_text[m_offset++];
            if (c == '\n') {
                ++m_line;
                m_column = 1;
            } else {
                m_column += startsCharacter(c);
            }
        }
        while (m_offset > offset) {
            const char c = m_text[--m_offset];
            if (c == '\n') {
                --m_line;
                m_column = 1;
                for (qsizetype i = m_offset; i > 0 && m_text[i - 1] != '\n'; --i) {
                    m_column += startsCharacter(m_text[i - 1]);
                }
            } else {
                m_column -= startsCharacter(c);
            }
        }
        return {m_line, m_column};
    }

private:
    // Columns count characters, so UTF-8 continuation bytes are left out.
    static bool startsCharacter(char c)
    {
        return (static_cast<unsigned char>(c) & 0xc0) != 0x80;
    }

    QByteArrayView m_text;
    qsizetype m_offset = 0;
    int m_line = 1;
    int m_column = 1;
};

class Parser
{
public:
    Parser(QByteArrayView text, const QString &sourceName)
        : m_text(text)
        , m_sourceName(sourceName)
        , m_locator(text)
        // @string values can double at every step; this keeps the work proportional to the input.
        , m_expansionBudget(4 * text.size() + 1024 * 1024)
    {
        for (const auto &[name, month] : Months) {
            m_macros.insert(QByteArray(name.data(), name.size()), QByteArray(month.data(), month.size()));
        }
    }

    BibtexResult run()
    {
        while (!m_stopped && m_pos < m_text.size()) {
            const qsizetype at = nextEntry();
            if (at < 0) {
                break;
            }
            m_pos = at;
            if (!entry()) {
                m_pos = std::max(m_pos, at + 1);
                m_pos = nextEntryLine(m_pos);
            }
        }
        return {std::move(m_publications), std::move(m_problems)};
    }

private:
    // Skips text between entries up to the next '@' that is not in a '%' comment. BibTeX ignores
    // all of it, but anything other than blanks and comments there is more often a broken entry
    // than a note, so it is reported.
    qsizetype nextEntry()
    {
        qsizetype garbage = -1;
        for (qsizetype i = m_pos; i < m_text.size(); ++i) {
            const char c = m_text[i];
            if (c == '%') {
                const qsizetype newline = m_text.sliced(i).indexOf('\n');
                i = newline < 0 ? m_text.size() : i + newline;
            } else if (c == '@') {
                reportGarbage(garbage);
                return i;
            } else if (!isBlank(c) && garbage < 0) {
                garbage = i;
            }
        }
        reportGarbage(garbage);
        return -1;
    }

    void reportGarbage(qsizetype at)
    {
        if (at >= 0) {
            warning(at, QString(), BibtexReader::tr("text outside an entry (ignored)"));
        }
    }

    // The start of the next line, at or after `from`, whose first non-blank character is '@'.
    qsizetype nextEntryLine(qsizetype from) const
    {
        qsizetype i = from;
        while (i < m_text.size()) {
            if (isEntryLine(i)) {
                return lineStartAt(i);
            }
            const qsizetype newline = m_text.sliced(i).indexOf('\n');
            if (newline < 0) {
                return m_text.size();
            }
            i += newline + 1;
        }
        return m_text.size();
    }

    qsizetype lineStartAt(qsizetype i) const
    {
        while (i < m_text.size() && isBlank(m_text[i]) && m_text[i] != '\n') {
            ++i;
        }
        return i;
    }

    // Whether the line starting at `i` opens an entry: blanks, '@', a name, '{' or '('. A value
    // or entry still open when such a line comes is taken as unterminated, so one missing brace
    // costs one entry rather than the rest of the file.
    bool isEntryLine(qsizetype i) const
    {
        i = lineStartAt(i);
        if (i >= m_text.size() || m_text[i] != '@') {
            return false;
        }
        ++i;
        const qsizetype nameStart = i;
        while (i < m_text.size() && isNameCharacter(m_text[i])) {
            ++i;
        }
        if (i == nameStart) {
            return false;
        }
        while (i < m_text.size() && isBlank(m_text[i])) {
            ++i;
        }
        return i < m_text.size() && (m_text[i] == '{' || m_text[i] == '(');
    }

    bool entry()
    {
        m_entry = Entry();
        m_entry.offset = m_pos;
        ++m_pos; // '@'
        skipBlanks();
        const QByteArray type = name().toLower();
        m_entry.type = type;
        m_entry.path = u'@' + QString::fromUtf8(type);
        if (type.isEmpty()) {
            warning(m_entry.offset, QString(), BibtexReader::tr("expected an entry type after '@'"));
            return false;
        }
        skipBlanks();
        if (type == "comment") {
            // bibtex itself ignores only the word; biber and most tools skip a following group.
            if (m_pos < m_text.size() && (m_text[m_pos] == '{' || m_text[m_pos] == '(')) {
                return skipGroup();
            }
            const qsizetype newline = m_text.sliced(m_pos).indexOf('\n');
            m_pos = newline < 0 ? m_text.size() : m_pos + newline;
            return true;
        }
        if (m_pos >= m_text.size() || (m_text[m_pos] != '{' && m_text[m_pos] != '(')) {
            return unexpected(BibtexReader::tr("'{' or '('"));
        }
        const char close = m_text[m_pos] == '{' ? '}' : ')';
        ++m_pos;
        if (type == "preamble") {
            skipBlanks();
            return value().has_value() && closeEntry(close);
        }
        if (type == "string") {
            return macro(close);
        }
        return fields(close) && publication();
    }

    bool skipGroup()
    {
        const char open = m_text[m_pos];
        const char close = open == '{' ? '}' : ')';
        int depth = 0;
        for (; m_pos < m_text.size(); ++m_pos) {
            const char c = m_text[m_pos];
            if (c == '\n' && isEntryLine(m_pos + 1)) {
                break;
            }
            if (c == open) {
                ++depth;
            } else if (c == close && --depth == 0) {
                ++m_pos;
                return true;
            }
        }
        return notClosed();
    }

    bool macro(char close)
    {
        skipBlanks();
        const QByteArray macroName = name().toLower();
        if (macroName.isEmpty()) {
            return unexpected(BibtexReader::tr("a macro name"));
        }
        m_entry.path = u"@string{"_s + QString::fromUtf8(macroName) + u'}';
        if (!expect('=')) {
            return false;
        }
        const std::optional<QByteArray> text = value();
        if (!text) {
            return false;
        }
        m_macros.insert(macroName, *text);
        skipBlanks();
        if (m_pos < m_text.size() && m_text[m_pos] == ',') {
            ++m_pos;
        }
        return closeEntry(close);
    }

    bool fields(char close)
    {
        skipBlanks();
        m_entry.keyOffset = m_pos;
        const qsizetype keyStart = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != ',' && !isBlank(m_text[m_pos]) && m_text[m_pos] != close) {
            ++m_pos;
        }
        const QByteArrayView key = m_text.sliced(keyStart, m_pos - keyStart);
        skipBlanks();
        if (m_pos < m_text.size() && m_text[m_pos] == '=') {
            // What looked like the key is the first field's name.
            m_pos = keyStart;
        } else {
            m_entry.key = QString::fromUtf8(key);
            m_entry.path += u'{' + m_entry.key + u'}';
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
            } else if (m_pos >= m_text.size() || m_text[m_pos] != close) {
                return unexpected(BibtexReader::tr("',' after the key"));
            }
        }

        for (;;) {
            skipBlanks();
            if (m_pos < m_text.size() && m_text[m_pos] == close) {
                ++m_pos;
                return true;
            }
            const qsizetype at = m_pos;
            const QByteArray fieldName = name().toLower();
            if (fieldName.isEmpty()) {
                return unexpected(BibtexReader::tr("a field name or '%1'").arg(QLatin1Char(close)));
            }
            if (!expect('=')) {
                return false;
            }
            std::optional<QByteArray> text = value();
            if (!text) {
                return false;
            }
            if (m_entry.field(QLatin1StringView(fieldName))) {
                warning(at, m_entry.path,
                        BibtexReader::tr("the field %1 is given twice; the first is used").arg(QString::fromUtf8(fieldName)));
            } else {
                m_entry.fields.append({fieldName, std::move(*text), at});
            }
            skipBlanks();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
            } else if (m_pos >= m_text.size() || m_text[m_pos] != close) {
                return unexpected(BibtexReader::tr("',' or '%1'").arg(QLatin1Char(close)));
            }
        }
    }

    // One value: parts joined by '#', each a braced or quoted text, a number or a macro name.
    std::optional<QByteArray> value()
    {
        QByteArray text;
        for (;;) {
            skipBlanks();
            if (m_pos >= m_text.size()) {
                unexpected(BibtexReader::tr("a value"));
                return std::nullopt;
            }
            const char c = m_text[m_pos];
            if (c == '{' || c == '"') {
                if (!delimited(text)) {
                    return std::nullopt;
                }
            } else if (isDigit(c)) {
                while (m_pos < m_text.size() && isDigit(m_text[m_pos])) {
                    text += m_text[m_pos++];
                }
            } else {
                const qsizetype at = m_pos;
                const QByteArray macroName = name().toLower();
                if (macroName.isEmpty()) {
                    unexpected(BibtexReader::tr("a value"));
                    return std::nullopt;
                }
                const auto found = m_macros.constFind(macroName);
                if (found == m_macros.cend()) {
                    warning(at, m_entry.path,
                            BibtexReader::tr("unknown macro %1 (read as empty)").arg(QString::fromUtf8(macroName)));
                } else {
                    m_expansionBudget -= found->size();
                    if (m_expansionBudget < 0) {
                        stop(at, BibtexReader::tr("macros expand to more text than the input can hold; stopped here"));
                        return std::nullopt;
                    }
                    text += *found;
                }
            }
            skipBlanks();
            if (m_pos >= m_text.size() || m_text[m_pos] != '#') {
                return text;
            }
            ++m_pos;
        }
    }

    // A {braced} or "quoted" part, appended without its delimiters. Inside quotes, a '"' closes
    // only outside braces, as in BibTeX.
    bool delimited(QByteArray &text)
    {
        const bool quoted = m_text[m_pos] == '"';
        const qsizetype start = ++m_pos;
        int depth = quoted ? 0 : 1;
        for (; m_pos < m_text.size(); ++m_pos) {
            const char c = m_text[m_pos];
            if (c == '{') {
                if (++depth > BibtexReader::MaximumDepth) {
                    return fail(m_pos, BibtexReader::tr("braces nested more than %1 deep; entry skipped")
                                           .arg(BibtexReader::MaximumDepth));
                }
            } else if (c == '}') {
                if (depth == 0) {
                    return fail(m_pos, BibtexReader::tr("a '}' without its '{'; entry skipped"));
                }
                if (--depth == 0 && !quoted) {
                    break;
                }
            } else if (c == '"' && quoted && depth == 0) {
                break;
            } else if (c == '\n' && isEntryLine(m_pos + 1)) {
                m_pos = lineStartAt(m_pos + 1);
                return notClosed();
            }
        }
        if (m_pos >= m_text.size()) {
            return notClosed();
        }
        text += m_text.sliced(start, m_pos - start);
        ++m_pos;
        return true;
    }

    bool closeEntry(char close)
    {
        skipBlanks();
        if (m_pos < m_text.size() && m_text[m_pos] == close) {
            ++m_pos;
            return true;
        }
        return unexpected(QStringLiteral("'%1'").arg(QLatin1Char(close)));
    }

    bool expect(char c)
    {
        skipBlanks();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            skipBlanks();
            return true;
        }
        return unexpected(QStringLiteral("'%1'").arg(QLatin1Char(c)));
    }

    // A parse step found something else than `what`. The end of the input or the start of the
    // next entry means this one was never closed, which is reported where it starts.
    bool unexpected(const QString &what)
    {
        if (m_pos >= m_text.size() || isEntryLine(lineStartBefore(m_pos))) {
            return notClosed();
        }
        const QChar got = QChar::fromLatin1(m_text[m_pos]);
        const QString shown = got.isPrint() && got.unicode() < 0x80 ? u'\'' + QString(got) + u'\''
                                                                   : BibtexReader::tr("byte 0x%1").arg(
                                                                         static_cast<unsigned char>(m_text[m_pos]), 2,
                                                                         16, QLatin1Char('0'));
        return fail(m_pos, BibtexReader::tr("expected %1, got %2; entry skipped").arg(what, shown));
    }

    // The start of the line holding `i` if only blanks come before it there, else past the end,
    // so that only an '@' opening its line counts as the next entry.
    qsizetype lineStartBefore(qsizetype i) const
    {
        qsizetype start = i;
        while (start > 0 && m_text[start - 1] != '\n') {
            if (!isBlank(m_text[start - 1])) {
                return m_text.size();
            }
            --start;
        }
        return start;
    }

    bool notClosed()
    {
        if (m_pos >= m_text.size()) {
            return fail(m_entry.offset, BibtexReader::tr("not closed before the end of the input; entry skipped"),
                        m_text.size());
        }
        const int nextLine = m_locator.locate(m_pos).first;
        return fail(m_entry.offset,
                    BibtexReader::tr("not closed before the next entry on line %1; entry skipped").arg(nextLine),
                    m_pos);
    }

    // Reports the entry as skipped at `at`; reading goes on at the next line that opens an entry,
    // at or after `resume` (by default, where the problem was found).
    bool fail(qsizetype at, const QString &message, qsizetype resume = -1)
    {
        warning(at, m_entry.path, message);
        m_pos = resume >= 0 ? resume : at;
        return false;
    }

    bool publication()
    {
        const int line = m_locator.locate(m_entry.offset).first;
        Publication publication;
        publication.title = text("title"_L1);
        if (m_entry.key.isEmpty()) {
            warning(m_entry.offset, m_entry.path, BibtexReader::tr("no citation key; entry skipped"));
            return true;
        }
        publication.id = m_entry.key;
        std::replace_if(publication.id.begin(), publication.id.end(), [](QChar c) { return !isIdCharacter(c); }, u'-');
        if (publication.id != m_entry.key) {
            warning(m_entry.keyOffset, m_entry.path,
                    BibtexReader::tr("a key may hold only letters, digits, '.', '_' and '-'; read as %1")
                        .arg(publication.id));
        }
        const auto seen = m_keys.constFind(publication.id);
        if (seen != m_keys.cend()) {
            warning(m_entry.keyOffset, m_entry.path,
                    BibtexReader::tr("the key %1 is already used on line %2; entry skipped")
                        .arg(publication.id)
                        .arg(*seen));
            return true;
        }
        if (publication.title.isEmpty()) {
            warning(m_entry.offset, m_entry.path, BibtexReader::tr("no title; entry skipped"));
            return true;
        }
        m_keys.insert(publication.id, line);

        const Field *authors = m_entry.field("author"_L1);
        if (!authors) {
            authors = m_entry.field("editor"_L1);
        }
        if (authors) {
            publication.authors = readAuthors(decode(*authors));
        }
        if (publication.authors.isEmpty()) {
            warning(m_entry.offset, m_entry.path, BibtexReader::tr("no author"));
        }

        publication.venue = text("abbr"_L1);
        for (const QLatin1StringView name : VenueFields) {
            if (!publication.venue.isEmpty()) {
                break;
            }
            publication.venue = text(name);
        }
        publication.year = year();
        publication.status = text("award"_L1);
        publication.summary = text("abstract"_L1);
        publication.selected = selected();
        publication.thumbnail = verbatim("preview"_L1);
        publication.arxiv = QUrl::fromPercentEncoding(verbatim("arxiv"_L1).toUtf8());
        const QString archive = verbatim("archiveprefix"_L1) + verbatim("eprinttype"_L1);
        if (publication.arxiv.isEmpty() && archive.compare(u"arxiv", Qt::CaseInsensitive) == 0) {
            publication.arxiv = QUrl::fromPercentEncoding(verbatim("eprint"_L1).toUtf8());
        }
        publication.doi = QUrl::fromPercentEncoding(verbatim("doi"_L1).toUtf8());
        for (const auto &[name, label] : LinkFields) {
            addLink(publication.links, name, label);
        }
        m_publications.append(std::move(publication));
        return true;
    }

    int year()
    {
        if (const Field *field = m_entry.field("year"_L1)) {
            const QString text = LatexText::toUnicode(decode(*field));
            bool whole = false;
            const int value = text.toInt(&whole);
            if (whole && value > 0) {
                return value;
            }
            warning(field->offset, m_entry.path,
                    BibtexReader::tr("year: expected a whole number, got \"%1\"").arg(text));
        }
        if (const Field *field = m_entry.field("date"_L1)) {
            const QString text = LatexText::toUnicode(decode(*field));
            bool whole = false;
            const int value = text.left(4).toInt(&whole);
            // Four digits, alone or before the month: "12" or "2026x" is no year.
            if (whole && value > 0 && text.size() >= 4 && (text.size() == 4 || text.at(4) == u'-' || text.at(4) == u'/')) {
                return value;
            }
            warning(field->offset, m_entry.path,
                    BibtexReader::tr("date: expected a date such as \"2026-05-31\", got \"%1\"").arg(text));
        }
        return 0;
    }

    bool selected()
    {
        const Field *field = m_entry.field("selected"_L1);
        if (!field) {
            return false;
        }
        const QString text = LatexText::toUnicode(decode(*field)).toLower();
        if (text == u"yes" || text == u"true") {
            return true;
        }
        if (text != u"no" && text != u"false") {
            warning(field->offset, m_entry.path,
                    BibtexReader::tr("selected: expected yes, no, true or false, got \"%1\"").arg(text));
        }
        return false;
    }

    void addLink(QList<Link> &links, QLatin1StringView name, QLatin1StringView label)
    {
        const Field *field = m_entry.field(name);
        if (!field) {
            return;
        }
        const QString address = verbatim(name);
        const QUrl url(address, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
            warning(field->offset, m_entry.path,
                    BibtexReader::tr("%1: only http and https addresses become links, got \"%2\" (ignored)")
                        .arg(QString(name), address));
            return;
        }
        const bool known = std::any_of(links.cbegin(), links.cend(), [&url](const Link &link) { return link.url == url; });
        if (known) {
            return;
        }
        QString shown = label;
        // A plain url is usually the arXiv or DOI page, which the app names as such.
        if (name == "url"_L1 && url.host().endsWith(u"arxiv.org")) {
            shown = QStringLiteral("arXiv");
        } else if (name == "url"_L1 && url.host().endsWith(u"doi.org")) {
            shown = QStringLiteral("DOI");
        }
        links.append({shown, url});
    }

    QString text(QLatin1StringView name)
    {
        const Field *field = m_entry.field(name);
        return field ? LatexText::toUnicode(decode(*field)) : QString();
    }

    // Addresses and identifiers, which BibTeX styles print verbatim: only the braces go, and the
    // backslash of an escaped character some files add for classic BibTeX.
    QString verbatim(QLatin1StringView name)
    {
        const Field *field = m_entry.field(name);
        if (!field) {
            return {};
        }
        const QString raw = decode(*field);
        QString text;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QChar c = raw[i];
            if (c == u'\\' && i + 1 < raw.size() && QStringView(u"_%&#~$").contains(raw[i + 1])) {
                continue;
            }
            if (c != u'{' && c != u'}') {
                text += c;
            }
        }
        return text.trimmed();
    }

    QString decode(const Field &field)
    {
        // Stateless, so a value ending inside a sequence is replaced rather than held back.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(field.value);
        if (decoder.hasError() && !m_reportedEncoding) {
            m_reportedEncoding = true;
            warning(field.offset, m_sourceName,
                    BibtexReader::tr("not valid UTF-8; the bytes that are not were replaced, first in this field"));
        }
        return text;
    }

    QList<Author> readAuthors(const QString &field)
    {
        QList<Author> authors;
        for (const QString &name : splitNames(field)) {
            if (name.compare(u"others", Qt::CaseInsensitive) == 0) {
                Author author;
                author.elided = true;
                authors.append(author);
                continue;
            }
            Author author = readAuthor(name);
            if (!author.name.isEmpty()) {
                authors.append(author);
            }
        }
        return authors;
    }

    // Cuts `text` where `separator(i)` finds a separator (its length) outside braces, where
    // BibTeX looks for the "and" between names and the commas between the parts of one name.
    template <typename Separator>
    static QStringList splitOutsideBraces(const QString &text, Separator separator)
    {
        QStringList pieces;
        int depth = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'{') {
                ++depth;
            } else if (text[i] == u'}') {
                --depth;
            } else if (const qsizetype length = depth == 0 ? separator(i) : 0) {
                pieces.append(text.sliced(start, i - start).trimmed());
                start = i + length;
                i += length - 1;
            }
        }
        pieces.append(text.sliced(start).trimmed());
        return pieces;
    }

    static QStringList splitNames(const QString &field)
    {
        QStringList names = splitOutsideBraces(field, [&field](qsizetype i) -> qsizetype {
            const bool isAnd = field[i].isSpace() && i + 4 < field.size()
                && field.sliced(i + 1, 3).compare(u"and", Qt::CaseInsensitive) == 0 && field[i + 4].isSpace();
            return isAnd ? 4 : 0;
        });
        names.removeAll(QString());
        return names;
    }

    // "First von Last", "von Last, First" and "von Last, Jr, First" all become the display order
    // "First von Last" (", Jr" after it). The words keep their order within each part, so the
    // von part needs no finding.
    static Author readAuthor(const QString &name)
    {
        const QStringList parts =
            splitOutsideBraces(name, [&name](qsizetype i) -> qsizetype { return name[i] == u',' ? 1 : 0; });
        QString ordered = parts[0];
        if (parts.size() > 1) {
            const QString first = parts.size() == 2 ? parts[1] : parts.sliced(2).join(u' ');
            ordered = first.isEmpty() ? parts[0] : first + u' ' + parts[0];
            if (parts.size() > 2 && !parts[1].isEmpty()) {
                ordered += u", " + parts[1];
            }
        }

        Author author;
        QString text = LatexText::toUnicode(ordered);
        text.replace(u'\u00A0', u' ');
        author.equalContribution = text.contains(u'*');
        author.corresponding = text.contains(u'†');
        text.remove(u'*');
        text.remove(u'†');
        author.name = text.simplified();
        return author;
    }

    QByteArray name()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isNameCharacter(m_text[m_pos])) {
            ++m_pos;
        }
        return m_text.sliced(start, m_pos - start).toByteArray();
    }

    void skipBlanks()
    {
        while (m_pos < m_text.size() && isBlank(m_text[m_pos])) {
            ++m_pos;
        }
    }

    void warning(qsizetype at, const QString &path, const QString &message)
    {
        if (m_stopped) {
            return;
        }
        if (m_problems.size() == BibtexReader::MaximumProblems) {
            stop(at, BibtexReader::tr("stopped after %1 problems").arg(BibtexReader::MaximumProblems));
            return;
        }
        const auto [line, column] = m_locator.locate(at);
        m_problems.append({Problem::Severity::Warning, path, line, column, message});
    }

    void stop(qsizetype at, const QString &message)
    {
        const auto [line, column] = m_locator.locate(at);
        m_problems.append({Problem::Severity::Warning, m_sourceName, line, column, message});
        m_stopped = true;
        m_pos = m_text.size();
    }

    QByteArrayView m_text;
    QString m_sourceName;
    Locator m_locator;
    qsizetype m_pos = 0;
    qint64 m_expansionBudget;
    QHash<QByteArray, QByteArray> m_macros;
    QHash<QString, int> m_keys;
    Entry m_entry;
    QList<Publication> m_publications;
    QList<Problem> m_problems;
    bool m_reportedEncoding = false;
    bool m_stopped = false;
};

} // namespace

namespace {

BibtexResult fileError(const QString &sourceName, const QString &message)
{
    return {{}, {{Problem::Severity::Error, sourceName, 0, 0, message}}};
}

BibtexResult tooLarge(const QString &sourceName, qint64 size)
{
    return fileError(sourceName, BibtexReader::tr("the input is %1 MiB; BibTeX files are limited to %2 MiB")
                                     .arg((size + 1024 * 1024 - 1) / (1024 * 1024))
                                     .arg(BibtexReader::MaximumSize / (1024 * 1024)));
}

} // namespace

BibtexResult BibtexReader::read(QByteArrayView text, const QString &sourceName)
{
    if (text.size() > MaximumSize) {
        return tooLarge(sourceName, text.size());
    }
    return Parser(text, sourceName).run();
}

BibtexResult BibtexReader::readFile(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return fileError(name, tr("cannot open the file: %1").arg(file.errorString()));
    }
    if (file.size() > MaximumSize) {
        return tooLarge(name, file.size());
    }
    const QByteArray bytes = file.read(MaximumSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return fileError(name, tr("cannot read the file: %1").arg(file.errorString()));
    }
    return read(bytes, name);
}
