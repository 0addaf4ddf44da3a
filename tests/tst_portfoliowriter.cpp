#include "Citation.h"
#include "PortfolioLoader.h"
#include "PortfolioWriter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TestPortfolioWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedReadsBackTheSame();
    void writesWhatTheFileSaid();
    void unsetValuesStayUnset();
    void bibtexHasEveryPublication();
};

void TestPortfolioWriter::embeddedReadsBackTheSame()
{
    const LoadResult embedded = PortfolioLoader::loadEmbedded();
    QVERIFY(embedded.portfolio);
    const QByteArray written = PortfolioWriter::toJson(*embedded.portfolio);
    const LoadResult reread = PortfolioLoader::loadBytes(written);
    QVERIFY(reread.portfolio);
    QCOMPARE(reread.problems.size(), 0);
    // Writing what was read back gives the same bytes: nothing was lost or changed on the way.
    QCOMPARE(PortfolioWriter::toJson(*reread.portfolio), written);
    const Portfolio &before = *embedded.portfolio;
    const Portfolio &after = *reread.portfolio;
    QCOMPARE(after.publications.size(), before.publications.size());
    for (qsizetype i = 0; i < before.publications.size(); ++i) {
        QCOMPARE(Citation::bibtex(after.publications[i]), Citation::bibtex(before.publications[i]));
        QCOMPARE(after.publications[i].links.size(), before.publications[i].links.size());
        QCOMPARE(after.publications[i].summary, before.publications[i].summary);
    }
    QCOMPARE(after.news.size(), before.news.size());
    QCOMPARE(after.contact.topics, before.contact.topics);
    QCOMPARE(after.scholar.hIndex, before.scholar.hIndex);
}

void TestPortfolioWriter::writesWhatTheFileSaid()
{
    // The embedded file states only what it means, so the export is the same JSON value.
    QFile file(QStringLiteral(":/portfolio.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject original = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject written =
        QJsonDocument::fromJson(PortfolioWriter::toJson(*PortfolioLoader::loadEmbedded().portfolio)).object();
    for (auto it = original.constBegin(); it != original.constEnd(); ++it) {
        QVERIFY2(written.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    QCOMPARE(written.keys(), original.keys());
}

void TestPortfolioWriter::unsetValuesStayUnset()
{
    Portfolio portfolio;
    portfolio.profile.name = QStringLiteral("Ada");
    Publication publication;
    publication.id = QStringLiteral("p");
    publication.title = QStringLiteral("T");
    publication.authors = {Author{QStringLiteral("Ada"), true, false, false, false}, Author{{}, false, false, false, true}};
    portfolio.publications = {publication};
    const QByteArray written = PortfolioWriter::toJson(portfolio);
    const QJsonObject root = QJsonDocument::fromJson(written).object();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("formatVersion"), QStringLiteral("profile"),
                                       QStringLiteral("publications")}));
    const LoadResult reread = PortfolioLoader::loadBytes(written);
    QVERIFY(reread.portfolio);
    QCOMPARE(reread.problems.size(), 0);
    const Publication &read = reread.portfolio->publications.first();
    QCOMPARE(read.year, 0);
    QCOMPARE(read.authors.size(), 2);
    QVERIFY(read.authors[0].owner);
    QVERIFY(read.authors[1].elided);
    QCOMPARE(reread.portfolio->scholar.hIndex, -1);

    portfolio.bibliographies = {QStringLiteral("papers.bib"), QStringLiteral("https://example.org/more.bib")};
    const LoadResult withFiles = PortfolioLoader::loadBytes(PortfolioWriter::toJson(portfolio));
    QVERIFY(withFiles.portfolio);
    QCOMPARE(withFiles.portfolio->bibliographies, portfolio.bibliographies);
}

void TestPortfolioWriter::bibtexHasEveryPublication()
{
    const Portfolio portfolio = *PortfolioLoader::loadEmbedded().portfolio;
    const QString bibtex = QString::fromUtf8(PortfolioWriter::toBibtex(portfolio.publications));
    for (const Publication &publication : portfolio.publications) {
        QVERIFY2(bibtex.contains(Citation::bibtex(publication)), qPrintable(publication.id));
    }
    QCOMPARE(bibtex.count(QRegularExpression(QStringLiteral("^@"), QRegularExpression::MultilineOption)),
             portfolio.publications.size());
}

QTEST_GUILESS_MAIN(TestPortfolioWriter)
#include "tst_portfoliowriter.moc"
