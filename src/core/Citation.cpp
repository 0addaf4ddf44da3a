#include "Citation.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace {

constexpr qsizetype PlainTextAuthors = 3;

// Words a title may open with that say nothing about the paper, so a key never ends in "the".
constexpr QStringView KeyStopWords[] = {u"a",  u"an", u"and", u"at", u"by",      u"for", u"from", u"in",
                                        u"of", u"on", u"the", u"to", u"towards", u"via", u"with"};

// Lower-case runs of ASCII letters and digits. Decomposing first keeps accented letters as their
// base letter, so "Müller" gives "muller" rather than "m" and "ller".
QStringList asciiWords(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QStringList words;
    QString word;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            word += c;
        } else if (c.category() != QChar::Mark_NonSpacing && !word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        words.append(word);
    }
    return words;
}

// Preprint servers share the suffix: arXiv, bioRxiv, medRxiv, chemRxiv. Without a venue there is
// no booktitle, which @inproceedings requires, so such a publication is @misc too.
bool isPreprint(const Publication &publication)
{
    const QString venue = publication.venue.trimmed();
    return venue.isEmpty() || venue.endsWith(u"rxiv", Qt::CaseInsensitive);
}

// Text as LaTeX, with the characters TeX gives a meaning escaped. Braces and the backslash become
// commands inside a brace group rather than "\{": BibTeX counts every brace, escaped or not, so an
// unbalanced "\{" would end the field early or swallow the rest of the file.
QString latex(const QString &text)
{
    const QString simplified = text.simplified();
    QString result;
    result.reserve(simplified.size());
    for (const QChar c : simplified) {
        switch (c.unicode()) {
        case u'\\':
            result += u"{\\textbackslash}";
            break;
        case u'{':
            result += u"{\\textbraceleft}";
            break;
        case u'}':
            result += u"{\\textbraceright}";
            break;
        case u'~':
            result += u"{\\textasciitilde}";
            break;
        case u'^':
            result += u"{\\textasciicircum}";
            break;
        case u'&':
        case u'%':
        case u'$':
        case u'#':
        case u'_':
            result += u'\\';
            result += c;
            break;
        default:
            result += c;
        }
    }
    return result;
}

// biblatex reads doi and eprint verbatim and BibTeX styles pass them to \url, so LaTeX escapes
// would be printed as typed. Percent-encoding is what resolvers accept, and it keeps braces,
// backslashes and spaces out of the entry just the same.
QString verbatim(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed(), "!#$&'()*+,/:;=?@[]"));
}

// BibTeX splits the author field at a standalone "and", reads "others" as the elision and a comma
// as "Last, First"; a brace group keeps such a name whole and as written.
QString bibtexName(const QString &name)
{
    const QString escaped = latex(name);
    const QStringList words = escaped.split(u' ');
    const bool ambiguous = escaped.contains(u',') || escaped.compare(u"others", Qt::CaseInsensitive) == 0
        || std::any_of(words.cbegin(), words.cend(), [](const QString &word) {
               return word.compare(u"and", Qt::CaseInsensitive) == 0;
           });
    return ambiguous ? u'{' + escaped + u'}' : escaped;
}

QString authorField(const QList<Author> &authors)
{
    QStringList names;
    bool elided = false;
    for (const Author &author : authors) {
        if (author.elided) {
            elided = true;
        } else if (!author.name.trimmed().isEmpty()) {
            names.append(bibtexName(author.name));
        }
    }
    if (names.isEmpty()) {
        return {};
    }
    if (elided) {
        names.append(QStringLiteral("others"));
    }
    return names.join(QStringLiteral(" and "));
}

QUrl citedUrl(const QList<Link> &links)
{
    static constexpr QStringView preferred[] = {u"Paper", u"arXiv", u"DOI"};
    const auto link = std::find_if(links.cbegin(), links.cend(), [](const Link &candidate) {
        return std::any_of(std::cbegin(preferred), std::cend(preferred), [&candidate](QStringView label) {
            return candidate.label.compare(label, Qt::CaseInsensitive) == 0;
        });
    });
    if (link != links.cend()) {
        return link->url;
    }
    return links.isEmpty() ? QUrl() : links.first().url;
}

// Ends the text with a full stop unless it already ends a sentence, as "et al." or a title
// ending in a question does.
QString sentence(const QString &text)
{
    return text.endsWith(u'.') || text.endsWith(u'?') || text.endsWith(u'!') ? text : text + u'.';
}

} // namespace

QString Citation::bibtex(const Publication &publication)
{
    const bool preprint = isPreprint(publication);
    QList<std::pair<QString, QString>> fields;
    const auto add = [&fields](const QString &name, const QString &value) {
        if (!value.isEmpty()) {
            fields.append({name, value});
        }
    };
    // The extra braces keep styles that lower-case titles from turning "TCEC" into "Tcec".
    const QString title = latex(publication.title);
    add(QStringLiteral("title"), title.isEmpty() ? QString() : u'{' + title + u'}');
    add(QStringLiteral("author"), authorField(publication.authors));
    add(preprint ? QStringLiteral("howpublished") : QStringLiteral("booktitle"), latex(publication.venue));
    add(QStringLiteral("year"), publication.year > 0 ? QString::number(publication.year) : QString());
    if (preprint && !publication.arxiv.trimmed().isEmpty()) {
        add(QStringLiteral("eprint"), verbatim(publication.arxiv));
        add(QStringLiteral("archivePrefix"), QStringLiteral("arXiv"));
    }
    add(QStringLiteral("doi"), verbatim(publication.doi));
    // Fully encoded, a URL holds no braces, backslashes or spaces either.
    add(QStringLiteral("url"), citedUrl(publication.links).toString(QUrl::FullyEncoded));
    add(QStringLiteral("note"), latex(publication.status));

    QString entry = u'@' + (preprint ? QStringLiteral("misc") : QStringLiteral("inproceedings")) + u'{'
        + key(publication);
    for (const auto &[name, value] : std::as_const(fields)) {
        entry += u",\n  " + name + u" = {" + value + u'}';
    }
    return entry + u"\n}\n";
}

QString Citation::plainText(const Publication &publication)
{
    QStringList names;
    bool leftOut = false;
    for (const Author &author : publication.authors) {
        if (author.elided || names.size() == PlainTextAuthors) {
            leftOut = true;
        } else if (!author.name.trimmed().isEmpty()) {
            names.append(author.name.simplified());
        }
    }
    if (leftOut) {
        names.append(QStringLiteral("et al."));
    }

    QStringList venue;
    if (!publication.venue.trimmed().isEmpty()) {
        venue.append(publication.venue.simplified());
    }
    if (publication.year > 0) {
        venue.append(QString::number(publication.year));
    }
    if (!publication.status.trimmed().isEmpty()) {
        venue.append(u'(' + publication.status.simplified() + u')');
    }

    QStringList sentences;
    for (const QString &part : {names.join(QStringLiteral(", ")), publication.title.simplified(), venue.join(u' ')}) {
        if (!part.isEmpty()) {
            sentences.append(sentence(part));
        }
    }
    return sentences.join(u' ');
}

QString Citation::key(const Publication &publication)
{
    QString key;
    const auto firstNamed = std::find_if(publication.authors.cbegin(), publication.authors.cend(),
                                         [](const Author &author) { return !author.name.trimmed().isEmpty(); });
    if (firstNamed != publication.authors.cend()) {
        // Names are given in display order, so the family name is the last word.
        key += asciiWords(firstNamed->name.simplified().section(u' ', -1)).join(QString());
    }
    if (publication.year > 0) {
        key += QString::number(publication.year);
    }
    const QStringList titleWords = asciiWords(publication.title);
    const auto word = std::find_if(titleWords.cbegin(), titleWords.cend(), [](const QString &candidate) {
        return std::none_of(std::cbegin(KeyStopWords), std::cend(KeyStopWords),
                            [&candidate](QStringView stopWord) { return candidate == stopWord; });
    });
    if (word != titleWords.cend()) {
        key += *word;
    }
    return key.isEmpty() ? QStringLiteral("anon") : key;
}
