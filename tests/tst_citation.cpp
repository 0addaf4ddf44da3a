#include "Citation.h"
#include "PortfolioLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

Publication embedded(QStringView id)
{
    static const Portfolio portfolio = *PortfolioLoader::loadEmbedded().portfolio;
    for (const Publication &publication : portfolio.publications) {
        if (publication.id == id) {
            return publication;
        }
    }
    qFatal("no embedded publication has the id %s", qPrintable(id.toString()));
}

Author person(const QString &name)
{
    Author author;
    author.name = name;
    return author;
}

Author elision()
{
    Author author;
    author.elided = true;
    return author;
}

// BibTeX's form of the list: the named authors in order, then one "others" for any elision.
QStringList bibtexAuthors(const Publication &publication)
{
    QStringList names;
    bool elided = false;
    for (const Author &author : publication.authors) {
        if (author.elided) {
            elided = true;
        } else {
            names.append(author.name);
        }
    }
    if (elided) {
        names.append(QStringLiteral("others"));
    }
    return names;
}

} // namespace

class TestCitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bibtexReadsBack_data();
    void bibtexReadsBack();
    void bibtexVerbatimFieldsReadBack();
    void bibtexOfEmbedded_data();
    void bibtexOfEmbedded();
    void plainText_data();
    void plainText();
    void key_data();
    void key();

private:
    struct ReadBack {
        // Why bibtexparser could not be run at all; the test is skipped then.
        QString skipped;
        // Why running it went wrong otherwise.
        QString failure;
        QJsonArray entries;
        QJsonArray unparsed;
    };
    // `bibtex` as tests/tools/read_bibtex.py reads it with Debian's python3-bibtexparser, a parser
    // that shares no code with Citation.
    static ReadBack readBack(const QString &bibtex);
};

TestCitation::ReadBack TestCitation::readBack(const QString &bibtex)
{
    ReadBack result;
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("entry.bib")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(bibtex.toUtf8()) < 0) {
        result.failure = QStringLiteral("cannot write ") + file.fileName();
        return result;
    }
    file.close();

    QProcess process;
    // Debian's own interpreter: a python3 earlier on PATH need not see Debian's packages.
    process.start(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral(SOURCE_DIR "/tests/tools/read_bibtex.py"), file.fileName()});
    if (!process.waitForStarted()) {
        result.skipped = QStringLiteral("needs /usr/bin/python3 with bibtexparser (Debian: python3-bibtexparser)");
        return result;
    }
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        result.failure = QStringLiteral("read_bibtex.py did not finish");
        return result;
    }
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    // 77 is the script's "bibtexparser is missing"; its message names the package.
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 77) {
        result.skipped = errors.trimmed();
        return result;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.failure = QStringLiteral("read_bibtex.py failed: ") + errors;
        return result;
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError) {
        result.failure = QStringLiteral("read_bibtex.py printed no JSON: ") + error.errorString();
        return result;
    }
    result.entries = json.object().value(u"entries").toArray();
    result.unparsed = json.object().value(u"unparsed").toArray();
    return result;
}

void TestCitation::bibtexReadsBack_data()
{
    QTest::addColumn<Publication>("publication");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("authors");

    const Portfolio portfolio = *PortfolioLoader::loadEmbedded().portfolio;
    QVERIFY(!portfolio.publications.isEmpty());
    for (const Publication &publication : portfolio.publications) {
        QTest::newRow(qPrintable(publication.id))
            << publication
            << (publication.venue == u"arXiv" ? QStringLiteral("misc") : QStringLiteral("inproceedings"))
            << bibtexAuthors(publication);
    }

    Publication specials;
    specials.id = QStringLiteral("specials");
    specials.title = QStringLiteral("Unbalanced { braces }} and a back\\slash \\{: 100% of $5 for #1 my_var ~ 2^10, "
                                    "\"quoted\" 'single' @at, 中文标题 🚀");
    specials.authors = {person(QStringLiteral("José Müller-Žák")), person(QStringLiteral("Zoë Brontë"))};
    specials.venue = QStringLiteral("R&D {Workshop} #3");
    specials.year = 2024;
    specials.status = QStringLiteral("Best Paper, Top 1% ~ \\o/");
    QTest::newRow("specials") << specials << QStringLiteral("inproceedings")
                              << QStringList{QStringLiteral("José Müller-Žák"), QStringLiteral("Zoë Brontë")};

    Publication braces;
    braces.id = QStringLiteral("braces");
    braces.title = QStringLiteral("}{ \\");
    braces.authors = {person(QStringLiteral("Ada Lovelace"))};
    braces.venue = QStringLiteral("ICML");
    braces.year = 2023;
    QTest::newRow("closing brace first, backslash last")
        << braces << QStringLiteral("inproceedings") << QStringList{QStringLiteral("Ada Lovelace")};

    Publication elisions;
    elisions.id = QStringLiteral("elisions");
    elisions.title = QStringLiteral("Elisions in the Middle and at the End");
    elisions.authors = {person(QStringLiteral("Yu Zhang")), elision(), elision(), person(QStringLiteral("Songwei Liu")),
                        person(QStringLiteral("Chenqian Yan")), elision()};
    elisions.venue = QStringLiteral("arXiv");
    elisions.year = 2025;
    elisions.arxiv = QStringLiteral("2501.00001");
    QTest::newRow("elisions") << elisions << QStringLiteral("misc")
                              << QStringList{QStringLiteral("Yu Zhang"), QStringLiteral("Songwei Liu"),
                                             QStringLiteral("Chenqian Yan"), QStringLiteral("others")};

    Publication names;
    names.id = QStringLiteral("names");
    names.title = QStringLiteral("Names BibTeX Would Otherwise Split");
    names.authors = {person(QStringLiteral("Research and Development Team")), person(QStringLiteral("Others")),
                     person(QStringLiteral("Doe, Jane")), person(QStringLiteral("Jean AND Paul"))};
    names.venue = QStringLiteral("ACL");
    names.year = 2022;
    QTest::newRow("names with and, others and a comma") << names << QStringLiteral("inproceedings") << QStringList{
        QStringLiteral("Research and Development Team"), QStringLiteral("Others"), QStringLiteral("Doe, Jane"),
        QStringLiteral("Jean AND Paul")};

    Publication noVenue;
    noVenue.id = QStringLiteral("no-venue");
    noVenue.title = QStringLiteral("A Report Without a Venue");
    noVenue.authors = {person(QStringLiteral("Ada Lovelace")), elision()};
    noVenue.year = 2021;
    QTest::newRow("no venue") << noVenue << QStringLiteral("misc")
                              << QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("others")};

    Publication noYear;
    noYear.id = QStringLiteral("no-year");
    noYear.title = QStringLiteral("Undated");
    noYear.authors = {person(QStringLiteral("Alan Turing"))};
    noYear.venue = QStringLiteral("AAAI");
    noYear.status = QStringLiteral("Oral");
    QTest::newRow("no year") << noYear << QStringLiteral("inproceedings") << QStringList{QStringLiteral("Alan Turing")};
}

void TestCitation::bibtexReadsBack()
{
    QFETCH(Publication, publication);
    QFETCH(QString, type);
    QFETCH(QStringList, authors);

    const QString bibtex = Citation::bibtex(publication);
    const ReadBack read = readBack(bibtex);
    if (!read.skipped.isEmpty()) {
        QSKIP(qPrintable(read.skipped));
    }
    QVERIFY2(read.failure.isEmpty(), qPrintable(read.failure));
    QVERIFY2(read.unparsed.isEmpty(), qPrintable(bibtex));
    QCOMPARE(read.entries.size(), 1);
    const QJsonObject entry = read.entries.first().toObject();
    QCOMPARE(entry.value(u"type").toString(), type);
    QCOMPARE(entry.value(u"key").toString(), Citation::key(publication));
    QCOMPARE(entry.value(u"title").toString(), publication.title);
    QCOMPARE(entry.value(u"author").toVariant().toStringList(), authors);
    QCOMPARE(entry.value(u"year").toString(),
             publication.year > 0 ? QString::number(publication.year) : QString());
    const QString venueField = type == u"misc" ? QStringLiteral("howpublished") : QStringLiteral("booktitle");
    QCOMPARE(entry.value(venueField).toString(), publication.venue);
    QCOMPARE(entry.value(u"note").toString(), publication.status);
}

void TestCitation::bibtexVerbatimFieldsReadBack()
{
    Publication publication;
    publication.id = QStringLiteral("verbatim");
    publication.title = QStringLiteral("Identifiers With Braces");
    publication.authors = {person(QStringLiteral("Ada Lovelace"))};
    publication.venue = QStringLiteral("bioRxiv");
    publication.year = 2020;
    publication.arxiv = QStringLiteral("hep-th/9901001");
    publication.doi = QStringLiteral("10.1000/{odd}\\doi_1% x");
    publication.links = {{QStringLiteral("Code"), QUrl(QStringLiteral("https://example.org/code"))},
                         {QStringLiteral("Paper"), QUrl(QStringLiteral("https://example.org/{draft} v1?q=a\\b#p_2"))}};

    const ReadBack read = readBack(Citation::bibtex(publication));
    if (!read.skipped.isEmpty()) {
        QSKIP(qPrintable(read.skipped));
    }
    QVERIFY2(read.failure.isEmpty(), qPrintable(read.failure));
    QCOMPARE(read.unparsed.size(), 0);
    QCOMPARE(read.entries.size(), 1);
    const QJsonObject entry = read.entries.first().toObject();
    QCOMPARE(entry.value(u"type").toString(), QStringLiteral("misc"));
    QCOMPARE(entry.value(u"howpublished").toString(), QStringLiteral("bioRxiv"));
    QCOMPARE(entry.value(u"eprint").toString(), QStringLiteral("hep-th/9901001"));
    QCOMPARE(entry.value(u"archiveprefix").toString(), QStringLiteral("arXiv"));
    QCOMPARE(entry.value(u"doi").toString(), QStringLiteral("10.1000/%7Bodd%7D%5Cdoi_1%25%20x"));
    QCOMPARE(entry.value(u"url").toString(), QStringLiteral("https://example.org/%7Bdraft%7D%20v1?q=a%5Cb#p_2"));
}

void TestCitation::bibtexOfEmbedded_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("bibtex");
    QTest::newRow("tcec") << QStringLiteral("tcec")
                          << QStringLiteral("@inproceedings{liu2026tcec,\n"
                                            "  title = {{TCEC: Error Propagation Mechanisms and Compensation "
                                            "Strategies for Quantized Diffusion}},\n"
                                            "  author = {Songwei Liu and Chao Zeng and Chenqian Yan and Xurui Peng "
                                            "and Xing Wang and Fangmin Chen and Xing Mei},\n"
                                            "  booktitle = {ICML},\n"
                                            "  year = {2026},\n"
                                            "  url = {https://arxiv.org/abs/2508.12094},\n"
                                            "  note = {Spotlight + Oral, Top 0.7\\%}\n"
                                            "}\n");
    QTest::newRow("s2o") << QStringLiteral("s2o")
                         << QStringLiteral("@inproceedings{zhang2026s2o,\n"
                                           "  title = {{S2O: Early Stopping for Sparse Attention via Online "
                                           "Permutation}},\n"
                                           "  author = {Yu Zhang and Songwei Liu and Chenqian Yan and Sheng Lin and "
                                           "Beichen Ning and Fangmin Chen and Xing Wang},\n"
                                           "  booktitle = {ACL},\n"
                                           "  year = {2026},\n"
                                           "  doi = {10.18653/v1/2026.acl-long.351},\n"
                                           "  url = {https://arxiv.org/abs/2602.22575},\n"
                                           "  note = {Oral}\n"
                                           "}\n");
    QTest::newRow("seedance-1.5-pro")
        << QStringLiteral("seedance-1.5-pro")
        << QStringLiteral("@misc{seedance2025seedance,\n"
                          "  title = {{Seedance 1.5 Pro: A Native Audio-Visual Joint Generation Foundation Model}},\n"
                          "  author = {Team Seedance and Heyi Chen and Siyan Chen and Songwei Liu and others},\n"
                          "  howpublished = {arXiv},\n"
                          "  year = {2025},\n"
                          "  eprint = {2512.13507},\n"
                          "  archivePrefix = {arXiv},\n"
                          "  url = {https://arxiv.org/abs/2512.13507}\n"
                          "}\n");
}

void TestCitation::bibtexOfEmbedded()
{
    QFETCH(QString, id);
    QFETCH(QString, bibtex);
    QCOMPARE(Citation::bibtex(embedded(id)), bibtex);
}

void TestCitation::plainText_data()
{
    QTest::addColumn<Publication>("publication");
    QTest::addColumn<QString>("text");
    QTest::newRow("s2o") << embedded(u"s2o")
                         << QStringLiteral("Yu Zhang, Songwei Liu, Chenqian Yan, et al. S2O: Early Stopping for Sparse "
                                           "Attention via Online Permutation. ACL 2026 (Oral).");
    QTest::newRow("tcec") << embedded(u"tcec")
                          << QStringLiteral("Songwei Liu, Chao Zeng, Chenqian Yan, et al. TCEC: Error Propagation "
                                            "Mechanisms and Compensation Strategies for Quantized Diffusion. ICML 2026 "
                                            "(Spotlight + Oral, Top 0.7%).");
    QTest::newRow("seedance-1.5-pro")
        << embedded(u"seedance-1.5-pro")
        << QStringLiteral("Team Seedance, Heyi Chen, Siyan Chen, et al. Seedance 1.5 Pro: A Native Audio-Visual Joint "
                          "Generation Foundation Model. arXiv 2025.");

    Publication three;
    three.title = QStringLiteral("Can Machines Think?");
    three.authors = {person(QStringLiteral("Ada Lovelace")), person(QStringLiteral("Alan Turing")),
                     person(QStringLiteral("Grace Hopper"))};
    three.venue = QStringLiteral("ICLR");
    three.year = 2024;
    QTest::newRow("three authors, a question")
        << three << QStringLiteral("Ada Lovelace, Alan Turing, Grace Hopper. Can Machines Think? ICLR 2024.");

    Publication elided;
    elided.title = QStringLiteral("  Spaced\n Out  ");
    elided.authors = {person(QStringLiteral("Ada Lovelace")), elision()};
    elided.status = QStringLiteral("Oral");
    QTest::newRow("elided, no venue or year") << elided << QStringLiteral("Ada Lovelace, et al. Spaced Out. (Oral).");
}

void TestCitation::plainText()
{
    QFETCH(Publication, publication);
    QFETCH(QString, text);
    QCOMPARE(Citation::plainText(publication), text);
}

void TestCitation::key_data()
{
    QTest::addColumn<Publication>("publication");
    QTest::addColumn<QString>("key");
    QTest::newRow("tcec") << embedded(u"tcec") << QStringLiteral("liu2026tcec");
    QTest::newRow("s2o") << embedded(u"s2o") << QStringLiteral("zhang2026s2o");
    QTest::newRow("seedance-1.5-pro") << embedded(u"seedance-1.5-pro") << QStringLiteral("seedance2025seedance");
    QTest::newRow("abq-llm") << embedded(u"abq-llm") << QStringLiteral("zeng2025abq");
    QTest::newRow("uoe") << embedded(u"uoe") << QStringLiteral("liu2023unfolding");

    Publication accents;
    accents.title = QStringLiteral("The Ünïcode Study");
    accents.authors = {elision(), person(QStringLiteral("José Müller-Žák"))};
    accents.year = 2020;
    QTest::newRow("accents, leading elision") << accents << QStringLiteral("mullerzak2020unicode");

    Publication noAuthors;
    noAuthors.title = QStringLiteral("On the Road");
    QTest::newRow("no authors, no year") << noAuthors << QStringLiteral("road");

    Publication chinese;
    chinese.title = QStringLiteral("深度学习");
    chinese.authors = {person(QStringLiteral("张伟"))};
    QTest::newRow("nothing in ASCII") << chinese << QStringLiteral("anon");
}

void TestCitation::key()
{
    QFETCH(Publication, publication);
    QFETCH(QString, key);
    QCOMPARE(Citation::key(publication), key);
}

QTEST_APPLESS_MAIN(TestCitation)
#include "tst_citation.moc"
