#include "DraftStore.h"
#include "EmailAddress.h"
#include "EmlMessage.h"
#include "DecodedQuery.h"
#include "EmlReadBack.h"
#include "Inquiry.h"
#include "InquiryLinks.h"
#include "InquiryTemplate.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString valueOf(const QList<std::pair<QString, QString>> &parameters, const QString &name)
{
    for (const auto &[key, value] : parameters) {
        if (key == name) {
            return value;
        }
    }
    return QStringLiteral("<missing>");
}

Inquiry validInquiry()
{
    Inquiry inquiry;
    inquiry.to = QStringLiteral("liusongwei.zju@bytedance.com");
    inquiry.toName = QStringLiteral("Songwei Liu");
    inquiry.name = QStringLiteral("Ada Lovelace");
    inquiry.email = QStringLiteral("ada@example.org");
    inquiry.subject = QStringLiteral("Academic cooperation");
    inquiry.message = QStringLiteral("Dear Songwei Liu,\n\nHello.\n\nBest regards,\nAda");
    return inquiry;
}

const QString Tricky = QStringLiteral("a&b=c+d %25 #e ?f");

} // namespace

class TestInquiry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emailAddresses_data();
    void emailAddresses();
    void problemsName();
    void mailtoRoundTrip_data();
    void mailtoRoundTrip();
    void mailtoKeepsBreaksAndInjectionsInTheirField();
    void webComposePages();
    void emlReadBack_data();
    void emlReadBack();
    void emlLinesAndHeadersStayWithinLimits();
    void emlHeadersCannotBeInjected();
    void templatesNameTheChoice();
    void draftRoundTrip();
    void unreadableDraftIsKeptAside();
};

void TestInquiry::emailAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("ada@example.org") << true;
    QTest::newRow("tags and dots") << QStringLiteral("first.last+tag@mail.example.co.uk") << true;
    QTest::newRow("apostrophe") << QStringLiteral("o'brien@example.org") << true;
    QTest::newRow("no dot in domain") << QStringLiteral("root@localhost") << true;
    QTest::newRow("254 characters") << QString(QString(242, u'a') + QStringLiteral("@example.org")) << true;
    QTest::newRow("255 characters") << QString(QString(243, u'a') + QStringLiteral("@example.org")) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at") << QStringLiteral("ada.example.org") << false;
    QTest::newRow("no local part") << QStringLiteral("@example.org") << false;
    QTest::newRow("no domain") << QStringLiteral("ada@") << false;
    QTest::newRow("empty label") << QStringLiteral("ada@example..org") << false;
    QTest::newRow("leading hyphen") << QStringLiteral("ada@-example.org") << false;
    QTest::newRow("trailing hyphen") << QStringLiteral("ada@example-.org") << false;
    QTest::newRow("64-character label") << QString(QStringLiteral("ada@") + QString(64, u'x') + QStringLiteral(".org")) << false;
    QTest::newRow("space") << QStringLiteral("ada lovelace@example.org") << false;
    QTest::newRow("two recipients") << QStringLiteral("ada@example.org,eve@example.org") << false;
    QTest::newRow("display name") << QStringLiteral("Ada <ada@example.org>") << false;
    QTest::newRow("two ats") << QStringLiteral("ada@eve@example.org") << false;
    QTest::newRow("header injection") << QStringLiteral("ada@example.org\r\nBcc: eve@example.org") << false;
    QTest::newRow("non-ASCII") << QStringLiteral("刘@example.org") << false;
}

void TestInquiry::emailAddresses()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(EmailAddress::isValid(address), valid);
}

void TestInquiry::problemsName()
{
    QVERIFY(validInquiry().isValid());
    const auto fieldsOf = [](const Inquiry &inquiry) {
        QList<Inquiry::Field> fields;
        for (const Inquiry::FieldProblem &problem : inquiry.problems()) {
            // A problem without words would leave the person guessing; count it as no field.
            if (!problem.message.isEmpty()) {
                fields.append(problem.field);
            }
        }
        return fields;
    };
    QCOMPARE(fieldsOf(Inquiry()), (QList<Inquiry::Field>{Inquiry::Field::To, Inquiry::Field::Name, Inquiry::Field::Email,
                                                         Inquiry::Field::Subject, Inquiry::Field::Message}));
    Inquiry inquiry = validInquiry();
    inquiry.email = QStringLiteral("ada@");
    QCOMPARE(fieldsOf(inquiry), QList<Inquiry::Field>{Inquiry::Field::Email});
    inquiry = validInquiry();
    inquiry.name = QStringLiteral("   ");
    QCOMPARE(fieldsOf(inquiry), QList<Inquiry::Field>{Inquiry::Field::Name});
    inquiry = validInquiry();
    inquiry.subject = QString(Inquiry::MaxSubjectLength, u'x');
    QVERIFY(inquiry.isValid());
    inquiry.subject += u'x';
    QCOMPARE(fieldsOf(inquiry), QList<Inquiry::Field>{Inquiry::Field::Subject});
    inquiry = validInquiry();
    inquiry.message = QString(10'000, u'm');
    QVERIFY(inquiry.isValid());
    inquiry.to = QStringLiteral("a@b.c?cc=eve@example.org");
    QCOMPARE(fieldsOf(inquiry), QList<Inquiry::Field>{Inquiry::Field::To});
}

void TestInquiry::mailtoRoundTrip_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("message");
    QTest::newRow("delimiters") << Tricky << QString(Tricky + QStringLiteral("\nline two\n\nline four"));
    QTest::newRow("chinese") << QStringLiteral("合作邀请：量化扩散模型") << QStringLiteral("刘老师您好，\n想请教 TCEC 的问题。");
    QTest::newRow("emoji and right-to-left") << QStringLiteral("Hello 👋🏽") << QStringLiteral("مرحبا بالعالم\nשלום");
    QTest::newRow("long") << QStringLiteral("Long") << QString(10'000, u'é');
}

void TestInquiry::mailtoRoundTrip()
{
    QFETCH(QString, subject);
    QFETCH(QString, message);
    Inquiry inquiry = validInquiry();
    inquiry.subject = subject;
    inquiry.message = message;
    const QUrl url = InquiryLinks::mailto(inquiry);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    const QByteArray encoded = url.toEncoded();
    QVERIFY2(encoded.startsWith("mailto:liusongwei.zju@bytedance.com?subject="), encoded.left(80).constData());
    // Only unreserved characters and escapes remain: nothing a mail app could read as a delimiter.
    const QByteArray query = encoded.mid(encoded.indexOf('?') + 1);
    for (const char c : query) {
        QVERIFY2(QByteArrayView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%=&").contains(c),
                 QByteArray(1, c).constData());
    }
    const auto parameters = decodedQuery(url);
    QCOMPARE(parameters.size(), 2);
    QCOMPARE(valueOf(parameters, QStringLiteral("subject")), subject);
    QCOMPARE(valueOf(parameters, QStringLiteral("body")), QString(message).replace(u'\n', QStringLiteral("\r\n")));
}

void TestInquiry::mailtoKeepsBreaksAndInjectionsInTheirField()
{
    Inquiry inquiry = validInquiry();
    inquiry.subject = QStringLiteral("Hi\r\nBcc: eve@example.org&cc=eve@example.org");
    inquiry.message = QStringLiteral("one\rtwo\r\nthree\nfour");
    const QUrl url = InquiryLinks::mailto(inquiry);
    QVERIFY(url.toEncoded().contains("body=one%0D%0Atwo%0D%0Athree%0D%0Afour"));
    const auto parameters = decodedQuery(url);
    QCOMPARE(parameters.size(), 2);
    QCOMPARE(valueOf(parameters, QStringLiteral("subject")), QStringLiteral("Hi  Bcc: eve@example.org&cc=eve@example.org"));
    inquiry.to = QStringLiteral("ada@example.org?cc=eve@example.org");
    QCOMPARE(decodedQuery(InquiryLinks::mailto(inquiry)).size(), 2);
}

void TestInquiry::webComposePages()
{
    Inquiry inquiry = validInquiry();
    inquiry.subject = Tricky;
    inquiry.message = QStringLiteral("第一行\n") + Tricky;
    const QUrl gmail = InquiryLinks::gmail(inquiry);
    QCOMPARE(gmail.host(), QStringLiteral("mail.google.com"));
    QCOMPARE(gmail.scheme(), QStringLiteral("https"));
    const auto gmailQuery = decodedQuery(gmail);
    QCOMPARE(valueOf(gmailQuery, QStringLiteral("view")), QStringLiteral("cm"));
    QCOMPARE(valueOf(gmailQuery, QStringLiteral("to")), inquiry.to);
    QCOMPARE(valueOf(gmailQuery, QStringLiteral("su")), Tricky);
    QCOMPARE(valueOf(gmailQuery, QStringLiteral("body")), QStringLiteral("第一行\r\n") + Tricky);
    const QUrl outlook = InquiryLinks::outlook(inquiry);
    QCOMPARE(outlook.host(), QStringLiteral("outlook.office.com"));
    const auto outlookQuery = decodedQuery(outlook);
    QCOMPARE(outlookQuery.size(), 3);
    QCOMPARE(valueOf(outlookQuery, QStringLiteral("to")), inquiry.to);
    QCOMPARE(valueOf(outlookQuery, QStringLiteral("subject")), Tricky);
    QCOMPARE(valueOf(outlookQuery, QStringLiteral("body")), QStringLiteral("第一行\r\n") + Tricky);
}

void TestInquiry::emlReadBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("message");
    QTest::newRow("ascii") << QStringLiteral("Ada Lovelace") << QStringLiteral("Academic cooperation")
                           << QStringLiteral("Dear Songwei Liu,\n\nA = B, 100% sure.\n\nAda");
    QTest::newRow("quotes in name") << QStringLiteral("Ada \"The Countess\" \\ Lovelace") << Tricky << Tricky;
    QTest::newRow("chinese") << QStringLiteral("王小明") << QStringLiteral("合作邀请：关于量化扩散模型误差传播与补偿策略的讨论，希望能够进一步交流")
                             << QStringLiteral("刘老师您好，\n\n我想请教 TCEC 的问题。\n\n此致\n王小明");
    QTest::newRow("emoji and right-to-left") << QStringLiteral("سارة 👩🏽‍💻") << QStringLiteral("Talk invitation 🎤 دعوة")
                                             << QStringLiteral("مرحبا\nשלום 🌍\ntrailing space \ntab\t");
    QTest::newRow("encoded-word lookalike") << QStringLiteral("=?UTF-8?B?RXZl?=") << QStringLiteral("=?UTF-8?B?SGk=?=")
                                            << QStringLiteral("=?UTF-8?B?SGk=?=");
    QTest::newRow("long lines") << QStringLiteral("Ada") << QString(QStringLiteral("word ").repeated(39) + QStringLiteral("end"))
                                << QString(QStringLiteral("x").repeated(300) + u'\n' + QStringLiteral("é=").repeated(200));
    QTest::newRow("10,000 characters") << QStringLiteral("Ada") << QStringLiteral("Long")
                                       << QString(QStringLiteral("Lorem ipsum dolor sit amet, 中文 text. ").repeated(300).left(10'000));
}

void TestInquiry::emlReadBack()
{
    QFETCH(QString, name);
    QFETCH(QString, subject);
    QFETCH(QString, message);
    Inquiry inquiry = validInquiry();
    inquiry.name = name;
    inquiry.subject = subject;
    inquiry.message = message;
    QVERIFY(inquiry.isValid());
    QString error;
    const QJsonObject read = readEmlBack(EmlMessage::build(inquiry, QDateTime::currentDateTime()), &error);
    QVERIFY2(!read.isEmpty(), qPrintable(error));
    QCOMPARE(read[u"defects"].toArray().size(), 0);
    QCOMPARE(read[u"from"][u"name"].toString(), name);
    QCOMPARE(read[u"from"][u"address"].toString(), inquiry.email);
    QCOMPARE(read[u"to"][u"name"].toString(), inquiry.toName);
    QCOMPARE(read[u"to"][u"address"].toString(), inquiry.to);
    QCOMPARE(read[u"subject"].toString(), subject);
    QCOMPARE(read[u"content_type"].toString(), QStringLiteral("text/plain"));
    QCOMPARE(read[u"charset"].toString(), QStringLiteral("utf-8"));
    QCOMPARE(read[u"transfer_encoding"].toString(), QStringLiteral("quoted-printable"));
    QString body = read[u"body"].toString();
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    // A text part always ends with a line break.
    QCOMPARE(body, message + u'\n');
    QStringList names;
    for (const QJsonValue &header : read[u"headers"].toArray()) {
        names.append(header[0].toString());
        if (names.last() == u"X-Unsent") {
            QCOMPARE(header[1].toString(), QStringLiteral("1"));
        }
        if (names.last() == u"MIME-Version") {
            QCOMPARE(header[1].toString(), QStringLiteral("1.0"));
        }
    }
    QCOMPARE(names, (QStringList{QStringLiteral("From"), QStringLiteral("To"), QStringLiteral("Subject"),
                                 QStringLiteral("Date"), QStringLiteral("Message-ID"), QStringLiteral("MIME-Version"),
                                 QStringLiteral("Content-Type"), QStringLiteral("Content-Transfer-Encoding"),
                                 QStringLiteral("X-Unsent")}));
    QVERIFY(read[u"lines"][u"all_crlf"].toBool());
    QVERIFY2(read[u"lines"][u"longest_header"].toInt() <= 78, qPrintable(QString::number(read[u"lines"][u"longest_header"].toInt())));
    QVERIFY2(read[u"lines"][u"longest_body"].toInt() <= 76, qPrintable(QString::number(read[u"lines"][u"longest_body"].toInt())));
}

void TestInquiry::emlLinesAndHeadersStayWithinLimits()
{
    const QByteArray encoded = EmlMessage::quotedPrintable(QStringLiteral("a=b ") + QString(200, u'界') + QStringLiteral(" \nend\t"));
    for (const QByteArray &line : encoded.split('\n')) {
        QVERIFY2(line.size() <= 77, line.constData()); // 76 and the CR
    }
    QVERIFY(encoded.startsWith("a=3Db "));
    QVERIFY2(encoded.contains("=20\r\nend=09"), encoded.right(40).constData());
    const QByteArray header = EmlMessage::header("Subject", QString(120, u'中'));
    for (const QByteArray &line : header.split('\n')) {
        QVERIFY2(line.size() <= 79, line.constData());
    }
    QVERIFY(header.endsWith("\r\n"));
}

void TestInquiry::emlHeadersCannotBeInjected()
{
    Inquiry inquiry = validInquiry();
    inquiry.name = QStringLiteral("Eve\r\nBcc: eve@example.org");
    inquiry.subject = QStringLiteral("Hi\nX-Evil: 1\r\n\r\nbody?");
    inquiry.toName = QStringLiteral("Owner\u0000\nCc: eve@example.org");
    // The sender's domain also names the Message-ID.
    inquiry.email = QStringLiteral("eve@example.org\r\nBcc: eve@example.org");
    const QByteArray message = EmlMessage::build(inquiry, QDateTime::currentDateTime());
    const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
    for (const QByteArray &line : head.split('\n')) {
        QVERIFY2(!line.startsWith("Bcc") && !line.startsWith("X-Evil") && !line.startsWith("Cc"), line.constData());
    }
    QString error;
    const QJsonObject read = readEmlBack(message, &error);
    QVERIFY2(!read.isEmpty(), qPrintable(error));
    QCOMPARE(read[u"headers"].toArray().size(), 9);
    QCOMPARE(read[u"from"][u"name"].toString(), QStringLiteral("Eve  Bcc: eve@example.org"));
    QCOMPARE(read[u"subject"].toString(), QStringLiteral("Hi X-Evil: 1    body?"));
}

void TestInquiry::templatesNameTheChoice()
{
    Contact contact;
    QVERIFY(!InquiryTemplate::kinds(contact).contains(Inquiry::Kind::Internship));
    contact.recruiting = QStringLiteral("His team regularly recruits interns.");
    QCOMPARE(InquiryTemplate::kinds(contact).size(), 4);

    Inquiry inquiry = validInquiry();
    inquiry.kind = Inquiry::Kind::InvitedTalk;
    inquiry.topic = QStringLiteral("Edge-cloud collaborative inference");
    QCOMPARE(InquiryTemplate::subject(inquiry), QStringLiteral("Invited talk: Edge-cloud collaborative inference"));
    QString message = InquiryTemplate::message(inquiry);
    QVERIFY(message.startsWith(QStringLiteral("Dear Songwei Liu,\n\n")));
    QVERIFY(message.contains(QStringLiteral("give a talk on Edge-cloud collaborative inference")));
    QVERIFY(message.endsWith(QStringLiteral("Best regards,\nAda Lovelace\nada@example.org")));

    inquiry.publicationTitle = QString(300, u't');
    const QString subject = InquiryTemplate::subject(inquiry);
    QCOMPARE(subject.size(), Inquiry::MaxSubjectLength);
    QVERIFY(subject.endsWith(u'…'));
    QVERIFY(InquiryTemplate::message(inquiry).contains(QStringLiteral("your paper “") + inquiry.publicationTitle));
}

void TestInquiry::draftRoundTrip()
{
    QTemporaryDir dir;
    const DraftStore store(dir.filePath(QStringLiteral("drafts/inquiry.json")));
    QVERIFY(!store.exists());
    QVERIFY(!store.load());
    Inquiry inquiry = validInquiry();
    inquiry.kind = Inquiry::Kind::Internship;
    inquiry.topic = QStringLiteral("Efficient AIGC foundation models");
    inquiry.publicationId = QStringLiteral("tcec");
    inquiry.publicationTitle = QStringLiteral("TCEC");
    inquiry.name = QStringLiteral("王小明 👋 سارة");
    inquiry.message = QStringLiteral("line\r\nline\u0000after nul");
    QVERIFY(store.save(inquiry));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("drafts"))).entryList(QDir::Files), QStringList{QStringLiteral("inquiry.json")});
    const std::optional<DraftStore::Draft> draft = store.load();
    QVERIFY(draft);
    QVERIFY(qAbs(draft->savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const Inquiry &read = draft->inquiry;
    QCOMPARE(read.to, inquiry.to);
    QCOMPARE(read.toName, inquiry.toName);
    QCOMPARE(read.name, inquiry.name);
    QCOMPARE(read.email, inquiry.email);
    QCOMPARE(read.kind, inquiry.kind);
    QCOMPARE(read.topic, inquiry.topic);
    QCOMPARE(read.publicationId, inquiry.publicationId);
    QCOMPARE(read.publicationTitle, inquiry.publicationTitle);
    QCOMPARE(read.subject, inquiry.subject);
    QCOMPARE(read.message, inquiry.message);
    store.remove();
    QVERIFY(!store.exists());
}

void TestInquiry::unreadableDraftIsKeptAside()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("inquiry.json"));
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1, \"message\": \"half a dra");
    file.close();
    const DraftStore store(fileName);
    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY2(error.contains(QStringLiteral("inquiry.json.unreadable-")), qPrintable(error));
    QVERIFY(!store.exists());
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("inquiry.json.unreadable-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("{\"version\": 1, \"message\": \"half a dra"));
}

QTEST_GUILESS_MAIN(TestInquiry)
#include "tst_inquiry.moc"
