#include "LinkPolicy.h"

bool LinkPolicy::isOpenable(const QUrl &url)
{
    if (!url.isValid()) {
        return false;
    }
    const QString scheme = url.scheme();
    if (scheme == u"mailto") {
        return !url.path().isEmpty();
    }
    return (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}
