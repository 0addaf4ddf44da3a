#include "InquiryLinks.h"

namespace {

struct Parameter {
    const char *name;
    QString value;
};

QUrl withQuery(QByteArray url, const QList<Parameter> &parameters)
{
    char separator = '?';
    for (const Parameter &parameter : parameters) {
        url += separator + QByteArray(parameter.name) + '=' + InquiryLinks::encode(parameter.value);
        separator = '&';
    }
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

QString subjectOf(const Inquiry &inquiry)
{
    return Inquiry::singleLine(inquiry.subject).trimmed();
}

QString addressOf(const Inquiry &inquiry)
{
    return Inquiry::singleLine(inquiry.to).trimmed();
}

} // namespace

QByteArray InquiryLinks::encode(const QString &value)
{
    // toPercentEncoding leaves exactly RFC 3986's unreserved characters bare.
    return QUrl::toPercentEncoding(value);
}

QUrl InquiryLinks::mailto(const Inquiry &inquiry)
{
    // '@' is the one character of an address that RFC 6068 wants bare in the path.
    return withQuery("mailto:" + QUrl::toPercentEncoding(addressOf(inquiry), "@"),
                     {{"subject", subjectOf(inquiry)}, {"body", Inquiry::crlfLines(inquiry.message)}});
}

QUrl InquiryLinks::gmail(const Inquiry &inquiry)
{
    return withQuery("https://mail.google.com/mail/",
                     {{"view", QStringLiteral("cm")},
                      {"fs", QStringLiteral("1")},
                      {"to", addressOf(inquiry)},
                      {"su", subjectOf(inquiry)},
                      {"body", Inquiry::crlfLines(inquiry.message)}});
}

QUrl InquiryLinks::outlook(const Inquiry &inquiry)
{
    return withQuery("https://outlook.office.com/mail/deeplink/compose",
                     {{"to", addressOf(inquiry)},
                      {"subject", subjectOf(inquiry)},
                      {"body", Inquiry::crlfLines(inquiry.message)}});
}
