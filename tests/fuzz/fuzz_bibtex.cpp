// A publication with any text in its fields, as a portfolio file may give it, through the
// citation builders: the BibTeX entry must stay one well-formed entry whatever the fields hold.

#include "Citation.h"
#include "FuzzCheck.h"
#include "FuzzInput.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

// BibTeX counts every brace, escaped or not: a field is only as long as its braces balance.
bool bracesBalance(const QString &text)
{
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'{') {
            ++depth;
        } else if (c == u'}' && --depth < 0) {
            return false;
        }
    }
    return depth == 0;
}

bool isKeyCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    Publication publication;
    const uint8_t shape = input.byte();
    publication.year = (shape & 1) ? 1900 + input.byte() : -input.byte();
    publication.title = input.text(1000);
    publication.venue = input.text(200);
    publication.status = input.text(200);
    publication.arxiv = input.text(100);
    publication.doi = input.text(200);
    const int authors = input.byte() % 8;
    for (int i = 0; i < authors; ++i) {
        Author author;
        const uint8_t flags = input.byte();
        author.elided = flags & 1;
        author.owner = flags & 2;
        author.name = input.text(200);
        publication.authors.append(author);
    }
    if (shape & 2) {
        publication.links.append({input.text(50), QUrl(input.text(500))});
    }

    const QString key = Citation::key(publication);
    fuzzCheck(!key.isEmpty() && std::all_of(key.cbegin(), key.cend(), isKeyCharacter),
              "the key is lower-case ASCII letters and digits");
    const QString entry = Citation::bibtex(publication);
    fuzzCheck(entry.startsWith(u"@misc{" + key + u',') || entry.startsWith(u"@inproceedings{" + key + u',')
                  || entry == u"@misc{" + key + u"\n}\n" || entry == u"@inproceedings{" + key + u"\n}\n",
              "the entry opens with its type and key");
    fuzzCheck(entry.endsWith(u"\n}\n"), "the entry closes");
    fuzzCheck(bracesBalance(entry), "the entry's braces balance");
    // One field per line: a line break inside a value would let it spill into a new field.
    const QStringList lines = entry.split(u'\n');
    for (qsizetype i = 1; i + 2 < lines.size(); ++i) {
        fuzzCheck(lines[i].startsWith(u"  ") && lines[i].indexOf(u" = {") > 2, "each line holds one field");
        fuzzCheck(bracesBalance(lines[i].mid(lines[i].indexOf(u" = {") + 3).chopped(i + 3 < lines.size() ? 1 : 0)),
                  "each field's braces balance");
    }
    fuzzCheck(!Citation::plainText(publication).contains(u'\n'), "the plain citation is one line");
    return 0;
}
