// Scale benchmark for the publications page: load, filter, sort and paint a generated portfolio.
// Run with -median N so each figure is the median of N runs; see docs/performance.md.
//   BENCH_PUBLICATIONS=100000 bench_publications -median 15

#include "PortfolioLoader.h"
#include "PublicationDelegate.h"
#include "PublicationFilterModel.h"
#include "PublicationModel.h"
#include "ThumbnailProvider.h"

#include <QFile>
#include <QListView>
#include <QPixmap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class BenchPublications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void load();
    void buildModel();
    void yearFilter();
    void venueFilter();
    void oneLetterTextFilter();
    void clearFilters();
    void sortByTitle();
    void paintOneScreen();

private:
    void resetFilters();

    QTemporaryDir m_dir;
    QString m_file;
    int m_count = 100'000;
    PublicationModel m_model;
    PublicationFilterModel m_filter;
};

void BenchPublications::initTestCase()
{
    m_count = qEnvironmentVariableIntValue("BENCH_PUBLICATIONS");
    if (m_count <= 0) {
        m_count = 100'000;
    }
    m_file = m_dir.filePath(QStringLiteral("portfolio.json"));
    QProcess generator;
    generator.setStandardOutputFile(m_file);
    generator.start(QStringLiteral("python3"),
                    {QStringLiteral(SOURCE_DIR "/tools/generate_portfolio.py"), QString::number(m_count)});
    QVERIFY(generator.waitForFinished(120'000));
    QCOMPARE(generator.exitCode(), 0);
    const LoadResult result = PortfolioLoader::loadFile(m_file);
    QVERIFY(result.portfolio);
    m_model.setPublications(result.portfolio->publications);
    m_filter.setSourceModel(&m_model);
    qInfo("%d publications, %lld bytes", m_count, QFile(m_file).size());
}

void BenchPublications::cleanupTestCase()
{
    // Peak resident memory of the whole run, which holds the loaded portfolio twice at most.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM")) {
                qInfo("peak memory %s", line.constData());
            }
        }
    }
}

void BenchPublications::resetFilters()
{
    m_filter.clearFilters();
    m_filter.sort(PublicationModel::YearColumn, Qt::DescendingOrder);
}

void BenchPublications::load()
{
    QBENCHMARK_ONCE {
        QVERIFY(PortfolioLoader::loadFile(m_file).portfolio);
    }
}

void BenchPublications::buildModel()
{
    const QList<Publication> publications = m_model.publications();
    QBENCHMARK_ONCE {
        m_model.setPublications(publications);
    }
}

void BenchPublications::yearFilter()
{
    resetFilters();
    QBENCHMARK_ONCE {
        m_filter.setYears({2020});
        // The proxy rebuilds its mapping lazily; asking for the rows counts that in.
        m_filter.rowCount();
    }
    QVERIFY(m_filter.rowCount() > 0);
}

void BenchPublications::venueFilter()
{
    resetFilters();
    const QString venue = m_filter.allVenues().constFirst();
    QBENCHMARK_ONCE {
        m_filter.setVenues({venue});
        // The proxy rebuilds its mapping lazily; asking for the rows counts that in.
        m_filter.rowCount();
    }
    QVERIFY(m_filter.rowCount() > 0);
}

void BenchPublications::oneLetterTextFilter()
{
    resetFilters();
    QBENCHMARK_ONCE {
        m_filter.setText(QStringLiteral("q"));
        // The proxy rebuilds its mapping lazily; asking for the rows counts that in.
        m_filter.rowCount();
    }
    QVERIFY(m_filter.rowCount() > 0);
}

void BenchPublications::clearFilters()
{
    resetFilters();
    m_filter.setText(QStringLiteral("q"));
    m_filter.setYears({2020});
    QBENCHMARK_ONCE {
        m_filter.clearFilters();
        // The proxy rebuilds its mapping lazily; asking for the rows counts that in.
        m_filter.rowCount();
    }
    QCOMPARE(m_filter.rowCount(), m_count);
}

void BenchPublications::sortByTitle()
{
    resetFilters();
    QBENCHMARK_ONCE {
        m_filter.sort(PublicationModel::TitleColumn, Qt::AscendingOrder);
        m_filter.rowCount();
    }
}

void BenchPublications::paintOneScreen()
{
    resetFilters();
    ThumbnailProvider thumbnails;
    QListView view;
    view.setUniformItemSizes(true);
    view.setModel(&m_filter);
    view.setItemDelegate(new PublicationDelegate(&thumbnails, &view));
    view.resize(900, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QPixmap target(view.viewport()->size());
    QBENCHMARK {
        view.viewport()->render(&target);
    }
}

QTEST_MAIN(BenchPublications)
#include "bench_publications.moc"
