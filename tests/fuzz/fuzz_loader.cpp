// The portfolio loader on arbitrary bytes: it must neither crash nor contradict itself.

#include "FuzzCheck.h"
#include "PortfolioLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult result = PortfolioLoader::loadBytes(json);

    fuzzCheck(result.portfolio.has_value() != Problem::anyError(result.problems),
              "a portfolio comes back exactly when no problem is an error");
    const qsizetype lines = json.count('\n') + 1;
    for (const Problem &problem : result.problems) {
        fuzzCheck(problem.line >= 0 && problem.line <= lines, "a problem's line is in the text");
        fuzzCheck(problem.column >= 0 && problem.column <= json.size() + 1, "a problem's column is in the text");
        fuzzCheck(!problem.message.isEmpty(), "a problem says what is wrong");
        fuzzCheck(!problem.toString().isEmpty(), "a problem can be listed");
    }
    return 0;
}
