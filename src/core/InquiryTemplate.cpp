#include "InquiryTemplate.h"

QList<Inquiry::Kind> InquiryTemplate::kinds(const Contact &contact)
{
    QList<Inquiry::Kind> kinds{Inquiry::Kind::AcademicCooperation, Inquiry::Kind::InvitedTalk,
                               Inquiry::Kind::TechnicalDiscussion};
    if (!contact.recruiting.isEmpty()) {
        kinds.append(Inquiry::Kind::Internship);
    }
    return kinds;
}

QString InquiryTemplate::kindName(Inquiry::Kind kind)
{
    switch (kind) {
    case Inquiry::Kind::AcademicCooperation:
        return tr("Academic cooperation");
    case Inquiry::Kind::InvitedTalk:
        return tr("Invited talk");
    case Inquiry::Kind::TechnicalDiscussion:
        return tr("Technical discussion");
    case Inquiry::Kind::Internship:
        return tr("Internship application");
    }
    return {};
}

QString InquiryTemplate::subject(const Inquiry &inquiry)
{
    const QString kind = kindName(inquiry.kind);
    QString about = inquiry.publicationTitle.isEmpty() ? inquiry.topic : tr("“%1”").arg(inquiry.publicationTitle);
    if (about.isEmpty()) {
        return kind;
    }
    QString subject = tr("%1: %2").arg(kind, about);
    // A long title is shortened, so the subject a template proposes is always a valid one.
    if (subject.size() > Inquiry::MaxSubjectLength) {
        subject = subject.left(Inquiry::MaxSubjectLength - 1) + u'…';
    }
    return subject;
}

QString InquiryTemplate::message(const Inquiry &inquiry)
{
    const QString greeting = inquiry.toName.isEmpty() ? tr("Hello,") : tr("Dear %1,").arg(inquiry.toName);
    const QString topic = inquiry.topic;
    QString purpose;
    switch (inquiry.kind) {
    case Inquiry::Kind::AcademicCooperation:
        purpose = topic.isEmpty() ? tr("I am writing to propose an academic cooperation with you.")
                                  : tr("I am writing to propose an academic cooperation with you on %1.").arg(topic);
        break;
    case Inquiry::Kind::InvitedTalk:
        purpose = topic.isEmpty() ? tr("I would like to invite you to give a talk.")
                                  : tr("I would like to invite you to give a talk on %1.").arg(topic);
        break;
    case Inquiry::Kind::TechnicalDiscussion:
        purpose = topic.isEmpty() ? tr("I would like to discuss a technical question with you.")
                                  : tr("I would like to discuss a technical question about %1 with you.").arg(topic);
        break;
    case Inquiry::Kind::Internship:
        purpose = topic.isEmpty() ? tr("I would like to apply for an internship in your team.")
                                  : tr("I would like to apply for an internship in your team, working on %1.").arg(topic);
        break;
    }
    QStringList paragraphs{greeting, purpose};
    if (!inquiry.publicationTitle.isEmpty()) {
        paragraphs.append(tr("My message concerns your paper “%1”.").arg(inquiry.publicationTitle));
    }
    QStringList signature{tr("Best regards,")};
    for (const QString &line : {inquiry.name.trimmed(), inquiry.email.trimmed()}) {
        if (!line.isEmpty()) {
            signature.append(line);
        }
    }
    paragraphs.append(signature.join(u'\n'));
    return paragraphs.join(QStringLiteral("\n\n"));
}
