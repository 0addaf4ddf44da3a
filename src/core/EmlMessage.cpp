#include "EmlMessage.h"

#include <QUuid>

#include <algorithm>

namespace {

constexpr int MaxHeaderLine = 78;
constexpr int MaxBodyLine = 76;
// 36 bytes make 48 base64 characters: "=?UTF-8?B?" + 48 + "?=" is 60, which leaves room on a
// 78-character line for the longest header name used here.
constexpr int EncodedWordBytes = 36;

// Text that can go into a header as it is. "=?" would read back as the start of an encoded-word.
bool isPlainAscii(const QString &text)
{
    return !text.contains(QStringLiteral("=?")) && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f;
    });
}

// Splits UTF-8 into encoded-words, never inside a character, so each word decodes on its own.
QList<QByteArray> encodedWords(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QList<QByteArray> words;
    qsizetype start = 0;
    while (start < utf8.size()) {
        qsizetype end = std::min(start + EncodedWordBytes, utf8.size());
        while (end < utf8.size() && (static_cast<unsigned char>(utf8[end]) & 0xc0) == 0x80) {
            --end;
        }
        words.append("=?UTF-8?B?" + utf8.mid(start, end - start).toBase64() + "?=");
        start = end;
    }
    return words;
}

// Joins the tokens with single spaces, starting a continuation line where one would grow too
// long. Unfolding (dropping each CR LF) gives back exactly the joined tokens.
QByteArray fold(const QByteArray &name, const QList<QByteArray> &tokens)
{
    QByteArray out = name + ':';
    qsizetype lineStart = 0;
    bool lineHasToken = false;
    for (const QByteArray &token : tokens) {
        if (lineHasToken && !token.isEmpty() && out.size() - lineStart + 1 + token.size() > MaxHeaderLine) {
            out += "\r\n";
            lineStart = out.size();
        }
        out += ' ' + token;
        lineHasToken = true;
    }
    return out + "\r\n";
}

QList<QByteArray> textTokens(const QString &text)
{
    if (isPlainAscii(text)) {
        return text.toLatin1().split(' ');
    }
    return encodedWords(text);
}

QByteArray quotedString(const QString &text)
{
    QByteArray quoted = text.toLatin1();
    quoted.replace('\\', "\\\\");
    quoted.replace('"', "\\\"");
    return '"' + quoted + '"';
}

QByteArray hexByte(unsigned char byte)
{
    return '=' + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
}

QByteArray quotedPrintableLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto byte = static_cast<unsigned char>(line[i]);
        const bool last = i == line.size() - 1;
        const bool literal = (byte >= 33 && byte <= 126 && byte != '=') || ((byte == ' ' || byte == '\t') && !last);
        const QByteArray piece = literal ? QByteArray(1, char(byte)) : hexByte(byte);
        // A soft break ("=" at the end) keeps every line within 76 characters.
        if (lineLength + piece.size() > MaxBodyLine - 1 && !(last && lineLength + piece.size() <= MaxBodyLine)) {
            out += "=\r\n";
            lineLength = 0;
        }
        out += piece;
        lineLength += piece.size();
    }
    return out;
}

} // namespace

QByteArray EmlMessage::quotedPrintable(const QString &text)
{
    const QStringList lines = Inquiry::crlfLines(text).split(QStringLiteral("\r\n"));
    QList<QByteArray> encoded;
    encoded.reserve(lines.size());
    for (const QString &line : lines) {
        encoded.append(quotedPrintableLine(line.toUtf8()));
    }
    return encoded.join("\r\n");
}

QByteArray EmlMessage::header(const QByteArray &name, const QString &value)
{
    return fold(name, textTokens(Inquiry::singleLine(value)));
}

QByteArray EmlMessage::addressHeader(const QByteArray &name, const QString &displayName, const QString &address)
{
    const QString display = Inquiry::singleLine(displayName).trimmed();
    QList<QByteArray> tokens;
    if (!display.isEmpty()) {
        tokens = isPlainAscii(display) ? QList<QByteArray>{quotedString(display)} : encodedWords(display);
    }
    // Only a valid address gets here, but stripping what a header cannot hold costs nothing.
    tokens.append('<' + Inquiry::singleLine(address).trimmed().toLatin1().replace(' ', "") + '>');
    return fold(name, tokens);
}

QByteArray EmlMessage::build(const Inquiry &inquiry, const QDateTime &date)
{
    const QString sender = inquiry.email.trimmed();
    // Like the addresses, the Message-ID's domain must not carry a line break into the head.
    const QString domain = Inquiry::singleLine(sender.mid(sender.indexOf(u'@') + 1)).remove(u' ');
    QByteArray message;
    message += addressHeader("From", inquiry.name, sender);
    message += addressHeader("To", inquiry.toName, inquiry.to);
    message += header("Subject", Inquiry::singleLine(inquiry.subject).trimmed());
    message += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    message += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' +
               (domain.isEmpty() ? QByteArray("localhost") : domain.toLatin1()) + ">\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=UTF-8\r\n";
    message += "Content-Transfer-Encoding: quoted-printable\r\n";
    message += "X-Unsent: 1\r\n";
    message += "\r\n";
    message += quotedPrintable(inquiry.message);
    message += "\r\n";
    return message;
}
