// An inquiry typed with anything at all, through everything that turns it into mail: the
// mailto:, Gmail and Outlook links and the .eml draft must carry exactly what was typed, and
// nothing typed may become a header, a second query parameter or an over-long line.

#include "EmailAddress.h"
#include "EmlMessage.h"
#include "FuzzCheck.h"
#include "FuzzInput.h"
#include "Inquiry.h"
#include "InquiryLinks.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

// The headers EmlMessage writes, in order.
const QByteArrayList HeaderNames{"From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                                 "Content-Type", "Content-Transfer-Encoding", "X-Unsent"};

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~';
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

// A query value holds nothing but unreserved characters and %XX, so no byte of it can end the
// value or start another parameter.
bool isStrictlyEncoded(const QByteArray &value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == '%') {
            if (i + 2 >= value.size() || !isHexDigit(value[i + 1]) || !isHexDigit(value[i + 2])) {
                return false;
            }
            i += 2;
        } else if (!isUnreserved(value[i])) {
            return false;
        }
    }
    return true;
}

bool hasOnlyCrlfBreaks(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')) {
            return false;
        }
        if (text[i] == u'\n' && (i == 0 || text[i - 1] != u'\r')) {
            return false;
        }
    }
    return true;
}

// Checks a link's query parameter by parameter against what it should carry, decoded.
void checkQuery(const QUrl &url, const QList<std::pair<QByteArray, QString>> &expected)
{
    fuzzCheck(url.isValid(), "the link is a valid URL");
    const QByteArray encoded = url.toEncoded();
    const qsizetype question = encoded.indexOf('?');
    fuzzCheck(question >= 0 && encoded.indexOf('#') < 0, "the link has a query and no fragment");
    const QByteArrayList pairs = encoded.mid(question + 1).split('&');
    fuzzCheck(pairs.size() == expected.size(), "the link has exactly the parameters written");
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const qsizetype equals = pairs[i].indexOf('=');
        fuzzCheck(equals > 0 && pairs[i].left(equals) == expected[i].first, "each parameter has its name");
        const QByteArray value = pairs[i].mid(equals + 1);
        fuzzCheck(isStrictlyEncoded(value), "a query value holds only unreserved characters and %XX");
        fuzzCheck(QString::fromUtf8(QByteArray::fromPercentEncoding(value)) == expected[i].second,
                  "a query value decodes back to exactly what was typed");
    }
}

QString decodeQuotedPrintable(const QByteArray &body)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] != '=') {
            bytes += body[i];
        } else if (body.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else {
            fuzzCheck(i + 2 < body.size() && isHexDigit(body[i + 1]) && isHexDigit(body[i + 2]),
                      "quoted-printable '=' starts a soft break or a hex byte");
            bytes += char(body.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        }
    }
    return QString::fromUtf8(bytes);
}

// An unfolded header value: either plain ASCII as typed or RFC 2047 B-encoded words.
QString decodeHeaderText(const QByteArray &value)
{
    if (!value.startsWith("=?UTF-8?B?")) {
        return QString::fromLatin1(value);
    }
    QByteArray utf8;
    for (const QByteArray &word : value.split(' ')) {
        fuzzCheck(word.startsWith("=?UTF-8?B?") && word.endsWith("?="), "encoded text is all encoded-words");
        const QByteArray part = QByteArray::fromBase64(word.mid(10, word.size() - 12));
        fuzzCheck(QString::fromUtf8(part).toUtf8() == part, "each encoded-word holds whole UTF-8 characters");
        utf8 += part;
    }
    return QString::fromUtf8(utf8);
}

void checkEml(const Inquiry &inquiry, const QByteArray &eml)
{
    const qsizetype headEnd = eml.indexOf("\r\n\r\n");
    fuzzCheck(headEnd > 0, "the message has a head and a body");
    const QByteArray head = eml.left(headEnd + 2);
    const QByteArray body = eml.mid(headEnd + 4);
    fuzzCheck(head.count('\r') == head.count("\r\n") && head.count('\n') == head.count("\r\n"),
              "head lines end in CR LF and hold no other CR or LF");

    QByteArrayList names;
    QList<QByteArray> values;
    const QByteArrayList lines = head.left(head.size() - 2).split('\n');
    for (QByteArray line : lines) {
        line.chop(1);
        fuzzCheck(line.size() <= 998, "a header line has at most 998 characters");
        if (line.startsWith(' ')) {
            fuzzCheck(!values.isEmpty(), "a continuation line follows a header");
            values.last() += line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        fuzzCheck(colon > 0 && HeaderNames.contains(line.left(colon)), "every header line names a header written");
        names.append(line.left(colon));
        values.append(line.mid(colon + 1));
    }
    fuzzCheck(names == HeaderNames, "each header is written once, in order");
    fuzzCheck(decodeHeaderText(values[2].mid(1)) == Inquiry::singleLine(inquiry.subject).trimmed(),
              "the Subject header decodes back to the subject");

    fuzzCheck(body.endsWith("\r\n"), "the body ends with a line break");
    const QByteArray text = body.left(body.size() - 2);
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        fuzzCheck(line.size() <= 76, "a body line has at most 76 characters");
    }
    fuzzCheck(text.count('\r') == text.count("\r\n") && text.count('\n') == text.count("\r\n"),
              "body lines end in CR LF");
    fuzzCheck(decodeQuotedPrintable(text) == Inquiry::crlfLines(inquiry.message),
              "the body decodes back to the message with CR LF line breaks");
}

void checkAddress(const QString &address)
{
    if (EmailAddress::isValid(address)) {
        fuzzCheck(address.size() <= EmailAddress::MaxLength, "a valid address fits a forward path");
        fuzzCheck(address.count(u'@') == 1, "a valid address has one @");
        fuzzCheck(std::all_of(address.cbegin(), address.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; }),
                  "a valid address is printable ASCII without spaces");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    Inquiry inquiry;
    inquiry.kind = Inquiry::Kind(input.byte() % 4);
    inquiry.to = input.text(EmailAddress::MaxLength);
    inquiry.toName = input.text(Inquiry::MaxNameLength);
    inquiry.name = input.text(Inquiry::MaxNameLength);
    inquiry.email = input.text(EmailAddress::MaxLength);
    inquiry.subject = input.text(Inquiry::MaxSubjectLength);
    inquiry.message = input.text(Inquiry::MaxMessageLength);

    checkAddress(inquiry.to);
    checkAddress(inquiry.email);
    const bool valid = inquiry.isValid();
    fuzzCheck(valid == inquiry.problems().isEmpty(), "valid means no problems");
    fuzzCheck(!valid || EmailAddress::isValid(inquiry.email.trimmed()), "a valid inquiry has a valid sender");

    const QString subject = Inquiry::singleLine(inquiry.subject).trimmed();
    const QString body = Inquiry::crlfLines(inquiry.message);
    fuzzCheck(hasOnlyCrlfBreaks(body), "the message's line breaks are all CR LF");
    checkQuery(InquiryLinks::mailto(inquiry), {{"subject", subject}, {"body", body}});
    const QString to = Inquiry::singleLine(inquiry.to).trimmed();
    checkQuery(InquiryLinks::gmail(inquiry),
               {{"view", QStringLiteral("cm")}, {"fs", QStringLiteral("1")}, {"to", to}, {"su", subject}, {"body", body}});
    checkQuery(InquiryLinks::outlook(inquiry), {{"to", to}, {"subject", subject}, {"body", body}});

    // A fixed date keeps a crash reproducible; the Message-ID's UUID does not reach any check.
    const QDateTime date(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    checkEml(inquiry, EmlMessage::build(inquiry, date));
    fuzzCheck(!inquiry.plainText().isEmpty(), "the clipboard text is never empty");
    return 0;
}
