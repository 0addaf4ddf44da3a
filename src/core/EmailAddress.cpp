#include "EmailAddress.h"

#include <algorithm>

namespace {

bool isLetterOrDigit(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isLocalCharacter(char16_t c)
{
    return isLetterOrDigit(c) || QStringView(u".!#$%&'*+/=?^_`{|}~-").contains(QChar(c));
}

// A label: 1 to 63 letters, digits and hyphens, neither first nor last a hyphen.
bool isLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-') {
        return false;
    }
    return std::all_of(label.begin(), label.end(), [](QChar c) {
        return isLetterOrDigit(c.unicode()) || c == u'-';
    });
}

} // namespace

bool EmailAddress::isValid(const QString &address)
{
    if (address.size() > MaxLength) {
        return false;
    }
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0) {
        return false;
    }
    const QStringView local = QStringView(address).left(at);
    if (!std::all_of(local.begin(), local.end(), [](QChar c) { return isLocalCharacter(c.unicode()); })) {
        return false;
    }
    const QStringView domain = QStringView(address).mid(at + 1);
    qsizetype start = 0;
    while (true) {
        const qsizetype dot = domain.indexOf(u'.', start);
        if (!isLabel(domain.mid(start, dot < 0 ? -1 : dot - start))) {
            return false;
        }
        if (dot < 0) {
            return true;
        }
        start = dot + 1;
    }
}
