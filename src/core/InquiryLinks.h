#pragma once

#include "Inquiry.h"

#include <QUrl>

// The ways to hand an inquiry to something that sends mail: a mailto: link (RFC 6068) for the
// desktop's mail app, and the compose pages of Gmail and Outlook on the web, all with the same
// To, Subject and message.
class InquiryLinks
{
public:
    // Past this many characters some mail apps and browsers cut a mailto: link.
    static constexpr int SafeMailtoLength = 1800;

    static QUrl mailto(const Inquiry &inquiry);
    static QUrl gmail(const Inquiry &inquiry);
    static QUrl outlook(const Inquiry &inquiry);

    // A value as RFC 6068 wants it: UTF-8 with everything but letters, digits and -._~
    // percent-encoded, so '&', '=', '+', '#', '%' and '?' stay part of the value.
    static QByteArray encode(const QString &value);
};
