#pragma once

#include "Inquiry.h"
#include "Portfolio.h"

#include <QCoreApplication>

// The subject and message a new inquiry starts from: a greeting to the owner, a sentence for the
// kind of inquiry naming the chosen topic or paper, and the sender's signature. The person edits
// them freely; the composer only refills a text the person has not changed.
class InquiryTemplate
{
    Q_DECLARE_TR_FUNCTIONS(InquiryTemplate)

public:
    // The kinds a portfolio invites: the internship application only when it has a recruiting note.
    static QList<Inquiry::Kind> kinds(const Contact &contact);
    static QString kindName(Inquiry::Kind kind);
    static QString subject(const Inquiry &inquiry);
    static QString message(const Inquiry &inquiry);
};
