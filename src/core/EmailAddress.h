#pragma once

#include <QString>

// The WHATWG "valid e-mail address" rule (the one browsers apply to <input type=email>), capped at
// the 254 characters a forward path allows. It accepts one address only: no display name, no
// comments, no list, so a field checked with it can never name a second recipient.
class EmailAddress
{
public:
    static constexpr int MaxLength = 254;

    static bool isValid(const QString &address);
};
