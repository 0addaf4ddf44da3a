#include "FuzzCheck.h"

#include <cstdio>
#include <cstdlib>

void fuzzCheck(bool holds, const char *property)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz property failed: %s\n", property);
        std::abort();
    }
}
