// Any bytes as a .bib file through BibtexReader: it must return, whatever the input, with ids the
// portfolio format accepts and every problem placed on a line the input has.

#include "BibtexReader.h"
#include "FuzzCheck.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

bool isIdCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_'
           || c == u'-';
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const BibtexResult result = BibtexReader::read(text, QStringLiteral("fuzz.bib"));
    const qsizetype lines = text.count('\n') + 1;
    for (const Publication &publication : result.publications) {
        fuzzCheck(!publication.id.isEmpty() && std::all_of(publication.id.cbegin(), publication.id.cend(), isIdCharacter),
                  "every id is one the portfolio format accepts");
        fuzzCheck(!publication.title.isEmpty(), "every publication has a title");
    }
    fuzzCheck(result.problems.size() <= BibtexReader::MaximumProblems + 1, "problems stay bounded");
    for (const Problem &problem : result.problems) {
        fuzzCheck(problem.line >= 0 && problem.line <= lines, "a problem's line is in the input");
        fuzzCheck(!problem.message.isEmpty(), "a problem says what is wrong");
    }
    return 0;
}
