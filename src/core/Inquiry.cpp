#include "Inquiry.h"

#include "EmailAddress.h"

namespace {

const QList<std::pair<Inquiry::Kind, QString>> &kindKeys()
{
    static const QList<std::pair<Inquiry::Kind, QString>> keys{
        {Inquiry::Kind::AcademicCooperation, QStringLiteral("academic-cooperation")},
        {Inquiry::Kind::InvitedTalk, QStringLiteral("invited-talk")},
        {Inquiry::Kind::TechnicalDiscussion, QStringLiteral("technical-discussion")},
        {Inquiry::Kind::Internship, QStringLiteral("internship")},
    };
    return keys;
}

} // namespace

QList<Inquiry::FieldProblem> Inquiry::problems() const
{
    QList<FieldProblem> found;
    const auto checkAddress = [&](Field field, const QString &address, const QString &missing) {
        if (address.trimmed().isEmpty()) {
            found.append({field, missing});
        } else if (address.size() > EmailAddress::MaxLength) {
            found.append({field, tr("An address has at most %1 characters.").arg(EmailAddress::MaxLength)});
        } else if (!EmailAddress::isValid(address.trimmed())) {
            found.append({field, tr("This is not an e-mail address like name@example.org.")});
        }
    };
    const auto checkLength = [&](Field field, const QString &text, int maximum) {
        if (text.size() > maximum) {
            found.append({field, tr("%1 characters; at most %2.").arg(text.size()).arg(maximum)});
        }
    };
    checkAddress(Field::To, to, tr("The portfolio gives no address; enter the one to write to."));
    if (name.trimmed().isEmpty()) {
        found.append({Field::Name, tr("Enter your name.")});
    }
    checkLength(Field::Name, name, MaxNameLength);
    checkAddress(Field::Email, email, tr("Enter your e-mail address, so that you can be answered."));
    if (subject.trimmed().isEmpty()) {
        found.append({Field::Subject, tr("Enter a subject.")});
    }
    checkLength(Field::Subject, subject, MaxSubjectLength);
    if (message.trimmed().isEmpty()) {
        found.append({Field::Message, tr("Write a message.")});
    }
    checkLength(Field::Message, message, MaxMessageLength);
    return found;
}

bool Inquiry::isValid() const
{
    return problems().isEmpty();
}

QString Inquiry::plainText() const
{
    const QString recipient = toName.isEmpty() ? to : QStringLiteral("%1 <%2>").arg(singleLine(toName), to);
    return tr("To: %1").arg(recipient) + u'\n' + tr("Subject: %1").arg(singleLine(subject)) + u"\n\n" + message;
}

QString Inquiry::kindKey(Kind kind)
{
    for (const auto &[value, key] : kindKeys()) {
        if (value == kind) {
            return key;
        }
    }
    return {};
}

Inquiry::Kind Inquiry::kindFromKey(const QString &key)
{
    for (const auto &[value, known] : kindKeys()) {
        if (known == key) {
            return value;
        }
    }
    return Kind::AcademicCooperation;
}

QString Inquiry::fieldName(Field field)
{
    switch (field) {
    case Field::To:
        return tr("To");
    case Field::Name:
        return tr("Your name");
    case Field::Email:
        return tr("Your e-mail");
    case Field::Subject:
        return tr("Subject");
    case Field::Message:
        return tr("Message");
    }
    return {};
}

QString Inquiry::singleLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            c = u' ';
        }
    }
    return line;
}

QString Inquiry::crlfLines(const QString &text)
{
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    lines.replace(u'\r', u'\n');
    lines.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    return lines;
}
