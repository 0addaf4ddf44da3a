#include "PortfolioLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

namespace {

QStringList lines(const QList<Problem> &problems)
{
    QStringList result;
    for (const Problem &problem : problems) {
        result.append(problem.toString());
    }
    return result;
}

// Every string and number in the tree swapped for a value of another type.
QJsonValue withWrongTypes(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            *it = it.key() == u"formatVersion" ? it.value() : withWrongTypes(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray()) {
            array.append(withWrongTypes(item));
        }
        return array;
    }
    if (value.isString()) {
        return 42;
    }
    return QStringLiteral("not a %1").arg(value.isBool() ? QStringLiteral("bool") : QStringLiteral("number"));
}

} // namespace

class TestPortfolioLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedPortfolioIsComplete();
    void embeddedPublicationsKeepAuthorMarkers();
    void brokenFixtures_data();
    void brokenFixtures();
    void unknownKeysAreWarnings();
    void problemsCarryPositions();
    void readsBibliographies();
    void wrongTypesEverywhere();
    void deepNesting();
    void oversizedData();
    void oversizedFile();
    void missingFile();
    void randomTruncations();
    void manyPublicationsReadAsInOnePass_data();
    void manyPublicationsReadAsInOnePass();
};

void TestPortfolioLoader::embeddedPortfolioIsComplete()
{
    const LoadResult result = PortfolioLoader::loadEmbedded();
    QCOMPARE(lines(result.problems), QStringList());
    QVERIFY(result.portfolio);
    const Portfolio &portfolio = *result.portfolio;
    QCOMPARE(portfolio.profile.name, QStringLiteral("Songwei Liu"));
    QCOMPARE(portfolio.profile.headline, QStringLiteral("MLSys Optimization Expert"));
    QCOMPARE(portfolio.profile.affiliation, QStringLiteral("ByteDance"));
    QCOMPARE(portfolio.focusAreas.size(), 3);
    QCOMPARE(portfolio.leadership.size(), 2);
    QCOMPARE(portfolio.news.size(), 11);
    QCOMPARE(portfolio.news.first().date.toString(), QStringLiteral("2026-05"));
    QCOMPARE(portfolio.news.first().text, QStringLiteral("MotionCache is accepted by ICML 2026."));
    QCOMPARE(portfolio.news.first().publicationId, QStringLiteral("motioncache"));
    QCOMPARE(portfolio.news.last().date.toString(), QStringLiteral("2021-05"));
    QCOMPARE(portfolio.publications.size(), 10);
    QCOMPARE(std::count_if(portfolio.publications.cbegin(), portfolio.publications.cend(),
                           [](const Publication &publication) { return publication.selected; }),
             6);
    QCOMPARE(portfolio.scholar.date.toString(), QStringLiteral("2026-06-06"));
    QCOMPARE(portfolio.scholar.publications, 17);
    QCOMPARE(portfolio.scholar.citations, 562);
    QCOMPARE(portfolio.scholar.hIndex, 9);
    QCOMPARE(portfolio.projects.size(), 3);
    QCOMPARE(portfolio.skills.size(), 4);
    QCOMPARE(portfolio.education.size(), 3);
    QCOMPARE(portfolio.education.first().start.toString(), QStringLiteral("2018-09"));
    QCOMPARE(portfolio.internships.size(), 3);
    QCOMPARE(portfolio.talks.size(), 1);
    QCOMPARE(portfolio.contact.email, QStringLiteral("liusongwei.zju@bytedance.com"));
    QCOMPARE(portfolio.contact.topics.size(), 3);
}

void TestPortfolioLoader::embeddedPublicationsKeepAuthorMarkers()
{
    const Portfolio portfolio = *PortfolioLoader::loadEmbedded().portfolio;
    QHash<QString, Publication> byId;
    for (const Publication &publication : portfolio.publications) {
        byId.insert(publication.id, publication);
        // Every publication names its owner exactly once.
        QCOMPARE(std::count_if(publication.authors.cbegin(), publication.authors.cend(),
                               [](const Author &author) { return author.owner; }),
                 1);
    }
    const Publication tcec = byId.value(QStringLiteral("tcec"));
    QCOMPARE(tcec.venue, QStringLiteral("ICML"));
    QCOMPARE(tcec.year, 2026);
    QCOMPARE(tcec.status, QStringLiteral("Spotlight + Oral, Top 0.7%"));
    const Publication s2o = byId.value(QStringLiteral("s2o"));
    QVERIFY(s2o.authors[0].equalContribution);
    QVERIFY(s2o.authors[1].equalContribution && s2o.authors[1].owner);
    const Publication ertacache = byId.value(QStringLiteral("ertacache"));
    QVERIFY(ertacache.authors[7].corresponding && ertacache.authors[7].owner);
    const Publication seedance = byId.value(QStringLiteral("seedance-1.5-pro"));
    QVERIFY(seedance.authors.last().elided);
    QCOMPARE(byId.value(QStringLiteral("abq-llm")).authors.size(), 9);
}

void TestPortfolioLoader::brokenFixtures_data()
{
    QTest::addColumn<QString>("fileName");
    const QDir dir(QStringLiteral(TEST_DATA_DIR "/broken"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 15);
    for (const QString &file : files) {
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
}

void TestPortfolioLoader::brokenFixtures()
{
    QFETCH(QString, fileName);
    QFile expectedFile(fileName.chopped(5) + QStringLiteral(".expected"));
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), "each fixture has an .expected file");
    const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);

    const LoadResult result = PortfolioLoader::loadFile(fileName);
    QVERIFY(!result.portfolio);
    QVERIFY(Problem::anyError(result.problems));
    QCOMPARE(lines(result.problems), expected);
}

void TestPortfolioLoader::unknownKeysAreWarnings()
{
    const LoadResult result = PortfolioLoader::loadFile(QStringLiteral(TEST_DATA_DIR "/unknown-keys.json"));
    QVERIFY(result.portfolio);
    QCOMPARE(lines(result.problems), (QStringList{QStringLiteral("6:17: profile.nickname: unknown key (ignored)"),
                                                  QStringLiteral("64:13: colour: unknown key (ignored)")}));
    QVERIFY(!Problem::anyError(result.problems));
}

void TestPortfolioLoader::problemsCarryPositions()
{
    const LoadResult result = PortfolioLoader::loadBytes(
        "{\"formatVersion\": 1,\n \"profile\": {\"name\": \"A\"},\n \"publications\": [\n"
        "  {\"id\": \"x\", \"title\": \"T\", \"authors\": [], \"year\": \"twenty\"}]}");
    QCOMPARE(lines(result.problems),
             QStringList{QStringLiteral("4:52: publications[0].year: expected a whole number, got \"twenty\"")});
}

void TestPortfolioLoader::readsBibliographies()
{
    const LoadResult good = PortfolioLoader::loadBytes(
        "{\"formatVersion\": 1, \"profile\": {\"name\": \"A\"},\n"
        " \"bibliographies\": [\"papers.bib\", \"https://example.org/more.bib\"]}");
    QVERIFY(good.portfolio);
    QCOMPARE(good.problems.size(), 0);
    QCOMPARE(good.portfolio->bibliographies,
             (QStringList{QStringLiteral("papers.bib"), QStringLiteral("https://example.org/more.bib")}));
    const LoadResult wrong = PortfolioLoader::loadBytes(
        "{\"formatVersion\": 1, \"profile\": {\"name\": \"A\"},\n \"bibliographies\": [\"a.bib\", 3]}");
    QVERIFY(!wrong.portfolio);
    QCOMPARE(lines(wrong.problems), QStringList{QStringLiteral("2:30: bibliographies[1]: expected text, got 3")});
}

void TestPortfolioLoader::wrongTypesEverywhere()
{
    QFile file(QString(PortfolioLoader::EmbeddedPath));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonValue scrambled = withWrongTypes(QJsonDocument::fromJson(file.readAll()).object());
    const QByteArray json = QJsonDocument(scrambled.toObject()).toJson();
    const LoadResult result = PortfolioLoader::loadBytes(json);
    QVERIFY(!result.portfolio);
    QVERIFY(result.problems.size() > 100);
    for (const Problem &problem : result.problems) {
        // A scrambled flag can turn an "et al." into a person without a name, hence "required".
        QVERIFY2(problem.message.startsWith(u"expected ") || problem.message.startsWith(u"required"),
                 qPrintable(problem.toString()));
        QVERIFY2(problem.line > 0, qPrintable(problem.toString()));
    }
}

void TestPortfolioLoader::deepNesting()
{
    const int depth = 100'000;
    const QByteArray json = QByteArray(depth, '[') + QByteArray(depth, ']');
    const LoadResult result = PortfolioLoader::loadBytes(json);
    QVERIFY(!result.portfolio);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().message.contains(u"nested"));

    const QByteArray objects = "{\"formatVersion\": 1, \"profile\": " + QByteArray(depth, '{') + QByteArray(depth, '}') + "}";
    QVERIFY(!PortfolioLoader::loadBytes(objects).portfolio);
}

void TestPortfolioLoader::oversizedData()
{
    QByteArray json(200 * 1024 * 1024, ' ');
    json[0] = '{';
    json[json.size() - 1] = '}';
    const LoadResult result = PortfolioLoader::loadBytes(json);
    QVERIFY(!result.portfolio);
    QCOMPARE(lines(result.problems),
             QStringList{QStringLiteral("the data is 200 MiB; portfolios are limited to 64 MiB")});
}

void TestPortfolioLoader::oversizedFile()
{
    // A sparse 200 MB file: refused from its size, without reading it.
    QTemporaryFile file;
    QVERIFY(file.open());
    QVERIFY(file.resize(200 * 1024 * 1024));
    file.close();
    const LoadResult result = PortfolioLoader::loadFile(file.fileName());
    QVERIFY(!result.portfolio);
    QCOMPARE(lines(result.problems),
             QStringList{QStringLiteral("the file is 200 MiB; portfolios are limited to 64 MiB")});
}

void TestPortfolioLoader::missingFile()
{
    const LoadResult result = PortfolioLoader::loadFile(QStringLiteral("/nonexistent/portfolio.json"));
    QVERIFY(!result.portfolio);
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().message.startsWith(u"cannot open the file"));
}

void TestPortfolioLoader::randomTruncations()
{
    QFile file(QString(PortfolioLoader::EmbeddedPath));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    // Every cut falls somewhere different: inside strings, numbers, keys and between them.
    for (qsizetype length = 1; length < json.size() - 2; length += 97) {
        const LoadResult result = PortfolioLoader::loadBytes(json.left(length));
        QVERIFY2(!result.portfolio, qPrintable(QString::number(length)));
        QCOMPARE(result.problems.size(), 1);
    }
}

void TestPortfolioLoader::manyPublicationsReadAsInOnePass_data()
{
    QTest::addColumn<QJsonObject>("changes");
    // Text inserted after the title of the publication at index 1400.
    QTest::addColumn<QByteArray>("garbage");
    auto each = [](const QJsonObject &change) {
        QJsonObject changes;
        for (int i = 0; i < 1500; ++i) {
            changes.insert(QString::number(i), change);
        }
        return changes;
    };
    QTest::newRow("valid") << QJsonObject() << QByteArray();
    QTest::newRow("problems in both halves")
        << QJsonObject{{QStringLiteral("3"), QJsonObject{{QStringLiteral("year"), QStringLiteral("twenty")}}},
                       {QStringLiteral("700"), QJsonObject{{QStringLiteral("colour"), 1}}},
                       {QStringLiteral("1499"), QJsonObject{{QStringLiteral("id"), QStringLiteral("p3")}}}}
        << QByteArray();
    QTest::newRow("over the error cap") << each({{QStringLiteral("year"), -1}}) << QByteArray();
    QTest::newRow("over the warning cap")
        << each({{QStringLiteral("colour"), 1}, {QStringLiteral("shade"), 2}}) << QByteArray();
    QTest::newRow("syntax error in the second half") << QJsonObject() << QByteArray(" 1");
    QTest::newRow("wrong version and a syntax error")
        << QJsonObject{{QStringLiteral("version"), 2}} << QByteArray(" 1");
    // Two errors each: the part read on the second thread reaches the cap before index 1400.
    QTest::newRow("a syntax error past the error cap")
        << each({{QStringLiteral("year"), -1}, {QStringLiteral("selected"), 0}}) << QByteArray(" 1");
}

void TestPortfolioLoader::manyPublicationsReadAsInOnePass()
{
    // Long publication lists are split off and read in parts, on two threads; the same file with
    // the key escaped, equal to the parser but never split, is read in one pass.
    QFETCH(QJsonObject, changes);
    QFETCH(QByteArray, garbage);
    QJsonArray publications;
    for (int i = 0; i < 1500; ++i) {
        const QJsonObject author{{QStringLiteral("name"), QStringLiteral("Zoë")}};
        QJsonObject publication{{QStringLiteral("id"), QStringLiteral("p%1").arg(i)},
                                {QStringLiteral("title"), QStringLiteral("T%1").arg(i)},
                                {QStringLiteral("authors"), QJsonArray{author}},
                                {QStringLiteral("venue"), QStringLiteral("V%1").arg(i % 7)},
                                {QStringLiteral("year"), 2000 + i % 20}};
        const QJsonObject change = changes.value(QString::number(i)).toObject();
        for (auto it = change.begin(); it != change.end(); ++it) {
            publication.insert(it.key(), it.value());
        }
        publications.append(publication);
    }
    const QJsonObject portfolio{{QStringLiteral("formatVersion"), changes.value(QStringLiteral("version")).toInt(1)},
                                {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("A")}}},
                                {QStringLiteral("publications"), publications}};
    QByteArray split = QJsonDocument(portfolio).toJson();
    split.insert(split.indexOf("\"T1400\"") + 7, garbage);
    const QByteArray whole = QByteArray(split).replace("\"publications\":", "\"publ\\u0069cations\":");
    QVERIFY(whole != split);

    const LoadResult fromSplit = PortfolioLoader::loadBytes(split);
    const LoadResult fromWhole = PortfolioLoader::loadBytes(whole);
    QCOMPARE(lines(fromSplit.problems), lines(fromWhole.problems));
    QCOMPARE(fromSplit.portfolio.has_value(), fromWhole.portfolio.has_value());
    if (fromWhole.portfolio) {
        QCOMPARE(fromSplit.portfolio->publications.size(), 1500);
        for (qsizetype i = 0; i < 1500; ++i) {
            const Publication &a = fromSplit.portfolio->publications[i];
            const Publication &b = fromWhole.portfolio->publications[i];
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.venue, b.venue);
            QCOMPARE(a.year, b.year);
            QCOMPARE(a.authors.first().name, b.authors.first().name);
        }
    }
}

QTEST_GUILESS_MAIN(TestPortfolioLoader)
#include "tst_portfolioloader.moc"
