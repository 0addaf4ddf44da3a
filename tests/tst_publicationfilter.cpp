#include "FacetModel.h"
#include "PortfolioLoader.h"
#include "PublicationFilterModel.h"
#include "PublicationModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

Publication paper(const QString &id, const QString &title, const QString &venue, int year,
                  const QString &author = QStringLiteral("Ada Example"))
{
    Publication publication;
    publication.id = id;
    publication.title = title;
    publication.venue = venue;
    publication.year = year;
    publication.authors = {{author, true, false, false, false}};
    return publication;
}

} // namespace

class TestPublicationFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unfilteredShowsAll();
    void venueFilter();
    void yearFilter();
    void yearAndVenueIntersect();
    void textFilter_data();
    void textFilter();
    void textIgnoresAccentsAndCase();
    void facetCountsFollowOtherFilters();
    void clearFilters();
    void defaultOrderIsNewestThenVenueThenTitle();
    void sortByColumns();
    void numbersSortNaturally();
    void facetModel();
    void filtersSurviveNewData();

private:
    QStringList visibleIds() const;
    void useEmbedded();

    PublicationModel *m_model = nullptr;
    PublicationFilterModel *m_filter = nullptr;
    QAbstractItemModelTester *m_sourceTester = nullptr;
    QAbstractItemModelTester *m_filterTester = nullptr;
};

void TestPublicationFilter::init()
{
    m_model = new PublicationModel(this);
    m_filter = new PublicationFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_sourceTester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_filterTester = new QAbstractItemModelTester(m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    useEmbedded();
}

void TestPublicationFilter::cleanup()
{
    delete m_filterTester;
    delete m_sourceTester;
    delete m_filter;
    delete m_model;
}

void TestPublicationFilter::useEmbedded()
{
    m_model->setPublications(PortfolioLoader::loadEmbedded().portfolio->publications);
}

QStringList TestPublicationFilter::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        ids.append(m_filter->index(row, 0).data(PublicationModel::IdRole).toString());
    }
    return ids;
}

void TestPublicationFilter::unfilteredShowsAll()
{
    QCOMPARE(m_filter->rowCount(), 10);
    QVERIFY(!m_filter->hasFilters());
    QCOMPARE(m_filter->allYears(), (QList<int>{2026, 2025, 2023, 2022}));
    QCOMPARE(m_filter->allVenues(),
             (QStringList{QStringLiteral("AAAI"), QStringLiteral("ACL"), QStringLiteral("ACM-MM"), QStringLiteral("arXiv"),
                          QStringLiteral("CVPRW"), QStringLiteral("ECCV"), QStringLiteral("ICLR"), QStringLiteral("ICML"),
                          QStringLiteral("IJCNLP-AACL")}));
}

void TestPublicationFilter::venueFilter()
{
    QSignalSpy changed(m_filter, &PublicationFilterModel::filtersChanged);
    m_filter->setVenues({QStringLiteral("ICML")});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("motioncache"), QStringLiteral("tcec")}));
    // A status is not part of the venue: "Spotlight + Oral" does not make another venue.
    QVERIFY(!m_filter->allVenues().contains(QStringLiteral("ICML 2026 Spotlight+Oral")));
    m_filter->setVenues({QStringLiteral("ICML")});
    QCOMPARE(changed.size(), 1);
}

void TestPublicationFilter::yearFilter()
{
    m_filter->setYears({2025});
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("abq-llm"), QStringLiteral("seedance-1.5-pro"),
                                        QStringLiteral("gqsa")}));
    m_filter->setYears({2022, 2023});
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("uoe"), QStringLiteral("rlfn")}));
}

void TestPublicationFilter::yearAndVenueIntersect()
{
    m_filter->setVenues({QStringLiteral("ICML"), QStringLiteral("AAAI")});
    m_filter->setYears({2025});
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("abq-llm")});
    m_filter->setYears({2025, 2026});
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("motioncache"), QStringLiteral("tcec"), QStringLiteral("abq-llm")}));
    m_filter->setYears({2023});
    QCOMPARE(visibleIds(), QStringList());
}

void TestPublicationFilter::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("quant") << QStringLiteral("quant")
                           << QStringList{QStringLiteral("tcec"), QStringLiteral("abq-llm"), QStringLiteral("gqsa")};
    QTest::newRow("every word must match") << QStringLiteral("  cache   diffusion ") << QStringList{QStringLiteral("ertacache")};
    QTest::newRow("an author") << QStringLiteral("zhang") << QStringList{QStringLiteral("s2o")};
    QTest::newRow("a topic") << QStringLiteral("video generation cache reuse") << QStringList{QStringLiteral("motioncache")};
    QTest::newRow("a venue") << QStringLiteral("cvprw") << QStringList{QStringLiteral("rlfn")};
    QTest::newRow("nothing") << QStringLiteral("quant zebra") << QStringList();
}

void TestPublicationFilter::textFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    m_filter->setText(text);
    QCOMPARE(visibleIds(), ids);
    QCOMPARE(m_filter->text(), text);
}

void TestPublicationFilter::textIgnoresAccentsAndCase()
{
    m_model->setPublications({paper(QStringLiteral("a"), QStringLiteral("Über Schnelle Inferenz"), QStringLiteral("KDD"), 2020,
                                    QStringLiteral("José López")),
                              paper(QStringLiteral("b"), QStringLiteral("ÉCOLE"), QStringLiteral("KDD"), 2020)});
    m_filter->setText(QStringLiteral("lopez UBER"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("a")});
    m_filter->setText(QStringLiteral("école"));
    QCOMPARE(visibleIds(), QStringList{QStringLiteral("b")});
}

void TestPublicationFilter::facetCountsFollowOtherFilters()
{
    QCOMPARE(m_filter->yearCounts().value(2026), 5);
    QCOMPARE(m_filter->venueCounts().value(QStringLiteral("ICML")), 2);
    m_filter->setVenues({QStringLiteral("ICML")});
    // Each year now counts its ICML papers; the venue counts ignore the venue choice itself.
    QCOMPARE(m_filter->yearCounts().value(2026), 2);
    QCOMPARE(m_filter->yearCounts().value(2025), 0);
    QCOMPARE(m_filter->venueCounts().value(QStringLiteral("AAAI")), 1);
    m_filter->setYears({2025});
    QCOMPARE(m_filter->venueCounts().value(QStringLiteral("ICML")), 0);
    QCOMPARE(m_filter->venueCounts().value(QStringLiteral("arXiv")), 1);
    m_filter->setText(QStringLiteral("quant"));
    QCOMPARE(m_filter->venueCounts().value(QStringLiteral("arXiv")), 0);
    QCOMPARE(m_filter->venueCounts().value(QStringLiteral("AAAI")), 1);
    QCOMPARE(m_filter->yearCounts().value(2026), 1);
}

void TestPublicationFilter::clearFilters()
{
    m_filter->setVenues({QStringLiteral("ICML")});
    m_filter->setYears({2026});
    m_filter->setText(QStringLiteral("motion"));
    QCOMPARE(m_filter->rowCount(), 1);
    QVERIFY(m_filter->hasFilters());
    m_filter->clearFilters();
    QVERIFY(!m_filter->hasFilters());
    QCOMPARE(m_filter->rowCount(), 10);
    QCOMPARE(m_filter->text(), QString());
}

void TestPublicationFilter::defaultOrderIsNewestThenVenueThenTitle()
{
    QCOMPARE(visibleIds(),
             (QStringList{QStringLiteral("s2o"), QStringLiteral("dreamlite"), QStringLiteral("ertacache"),
                          QStringLiteral("motioncache"), QStringLiteral("tcec"), QStringLiteral("abq-llm"),
                          QStringLiteral("seedance-1.5-pro"), QStringLiteral("gqsa"), QStringLiteral("uoe"),
                          QStringLiteral("rlfn")}));
}

void TestPublicationFilter::sortByColumns()
{
    m_filter->sort(PublicationModel::YearColumn, Qt::AscendingOrder);
    // Oldest first, but ties still by venue then title.
    QCOMPARE(visibleIds().mid(0, 5), (QStringList{QStringLiteral("rlfn"), QStringLiteral("uoe"), QStringLiteral("abq-llm"),
                                                  QStringLiteral("seedance-1.5-pro"), QStringLiteral("gqsa")}));
    m_filter->sort(PublicationModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds().first(), QStringLiteral("abq-llm"));
    QCOMPARE(visibleIds().last(), QStringLiteral("uoe"));
    m_filter->sort(PublicationModel::VenueColumn, Qt::DescendingOrder);
    QCOMPARE(visibleIds().first(), QStringLiteral("gqsa"));
    QCOMPARE(visibleIds().mid(1, 2), (QStringList{QStringLiteral("motioncache"), QStringLiteral("tcec")}));
}

void TestPublicationFilter::numbersSortNaturally()
{
    m_model->setPublications({paper(QStringLiteral("ten"), QStringLiteral("Paper 10"), QStringLiteral("A"), 2020),
                              paper(QStringLiteral("nine"), QStringLiteral("Paper 9"), QStringLiteral("A"), 2020),
                              paper(QStringLiteral("lower"), QStringLiteral("paper 1"), QStringLiteral("A"), 2020)});
    m_filter->sort(PublicationModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("lower"), QStringLiteral("nine"), QStringLiteral("ten")}));
}

void TestPublicationFilter::facetModel()
{
    FacetModel facets;
    QAbstractItemModelTester tester(&facets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    facets.setValues({QStringLiteral("ICML"), QStringLiteral("ACL")});
    facets.setCounts({{QStringLiteral("ICML"), 2}});
    QCOMPARE(facets.index(0).data().toString(), QStringLiteral("ICML (2)"));
    QCOMPARE(facets.index(1).data().toString(), QStringLiteral("ACL (0)"));
    QVERIFY(facets.flags(facets.index(0)).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!facets.flags(facets.index(1)).testFlag(Qt::ItemIsEnabled));

    QSignalSpy checked(&facets, &FacetModel::checkedKeysChanged);
    QVERIFY(facets.setData(facets.index(0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(checked.size(), 1);
    QCOMPARE(facets.checkedKeys(), QSet<QString>{QStringLiteral("ICML")});
    // A checked value stays usable even when other filters bring its count to zero.
    facets.setCounts({});
    QVERIFY(facets.flags(facets.index(0)).testFlag(Qt::ItemIsEnabled));
    QVERIFY(facets.setData(facets.index(0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(facets.checkedKeys().isEmpty());
    // Values the new data lacks drop out of the choice.
    facets.setCheckedKeys({QStringLiteral("ACL"), QStringLiteral("NeurIPS")});
    QCOMPARE(facets.checkedKeys(), QSet<QString>{QStringLiteral("ACL")});
    facets.setValues({QStringLiteral("ICML")});
    QVERIFY(facets.checkedKeys().isEmpty());
}

void TestPublicationFilter::filtersSurviveNewData()
{
    // Views and the model tester ask the proxy for rows while the new data is being announced.
    m_filter->setVenues({QStringLiteral("ICML"), QStringLiteral("KDD")});
    m_filter->setText(QStringLiteral("paper"));
    m_model->setPublications({paper(QStringLiteral("a"), QStringLiteral("Paper A"), QStringLiteral("KDD"), 2020),
                              paper(QStringLiteral("b"), QStringLiteral("Paper B"), QStringLiteral("ICML"), 2021),
                              paper(QStringLiteral("c"), QStringLiteral("Other C"), QStringLiteral("ICML"), 2021),
                              paper(QStringLiteral("d"), QStringLiteral("Paper D"), QStringLiteral("ACL"), 2022)});
    QCOMPARE(visibleIds(), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(m_filter->venueCounts().value(QStringLiteral("ACL")), 1);
    m_model->setPublications({});
    QCOMPARE(m_filter->rowCount(), 0);
}

QTEST_MAIN(TestPublicationFilter)
#include "tst_publicationfilter.moc"
