#pragma once

#include "Inquiry.h"

#include <QByteArray>
#include <QDateTime>

// An inquiry as an RFC 5322 message that mail apps open as an unsent draft (X-Unsent: 1): CR LF
// line ends, headers folded within 78 characters, RFC 2047 encoded-words for text that is not
// ASCII, and a UTF-8 text/plain body in quoted-printable with lines of at most 76 characters.
class EmlMessage
{
public:
    static QByteArray build(const Inquiry &inquiry, const QDateTime &date);

    static QByteArray quotedPrintable(const QString &text);
    // "Name: value" folded over lines; value may be made of encoded-words.
    static QByteArray header(const QByteArray &name, const QString &value);
    // "Display Name <address>", the name quoted or encoded as it needs.
    static QByteArray addressHeader(const QByteArray &name, const QString &displayName, const QString &address);
};
