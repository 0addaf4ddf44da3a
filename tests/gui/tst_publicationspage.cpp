#include "PortfolioLoader.h"
#include "PublicationDetailPane.h"
#include "PublicationFilterModel.h"
#include "PublicationModel.h"
#include "PublicationsPage.h"
#include "ThumbnailProvider.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestPublicationsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typingFiltersAfterAPause();
    void facetsFilterAndCount();
    void clearFiltersShowsAll();
    void tableSharesTheSelection();
    void detailPaneShowsThePublication();
    void copiesCitations();
    void remembersStateAcrossRuns();
    void portfolioTextIsNeverMarkup();

private:
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }
    void selectRow(QListView *view, const QString &display);
    void createPage();

    QTemporaryDir m_settingsDir;
    PublicationModel *m_model = nullptr;
    ThumbnailProvider *m_thumbnails = nullptr;
    PublicationsPage *m_page = nullptr;
};

void TestPublicationsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("portfolio-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_publicationspage"));
}

void TestPublicationsPage::init()
{
    QSettings().clear();
    m_model = new PublicationModel(this);
    m_thumbnails = new ThumbnailProvider(this);
    createPage();
}

void TestPublicationsPage::createPage()
{
    m_page = new PublicationsPage(m_model, m_thumbnails);
    m_model->setPublications(PortfolioLoader::loadEmbedded().portfolio->publications);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestPublicationsPage::cleanup()
{
    delete m_page;
    delete m_thumbnails;
    delete m_model;
}

void TestPublicationsPage::selectRow(QListView *view, const QString &display)
{
    const QModelIndexList found = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, display, 1,
                                                       Qt::MatchStartsWith);
    QVERIFY2(!found.isEmpty(), qPrintable(display));
    view->setFocus();
    view->setCurrentIndex(found.first());
    QTest::keyClick(view, Qt::Key_Space);
}

void TestPublicationsPage::typingFiltersAfterAPause()
{
    QAbstractItemModelTester tester(m_page->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *search = child<QLineEdit>("searchEdit");
    m_page->focusSearch();
    QTest::keyClicks(search, QStringLiteral("quant"));
    // Nothing happens while typing; the filter applies after the pause.
    QCOMPARE(m_page->filterModel()->rowCount(), 10);
    QTRY_COMPARE(m_page->filterModel()->rowCount(), 3);
    QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("Showing 3 of 10"));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(m_page->filterModel()->rowCount(), 10);
}

void TestPublicationsPage::facetsFilterAndCount()
{
    auto *venues = child<QListView>("venueList");
    auto *years = child<QListView>("yearList");
    QAbstractItemModelTester venueTester(venues->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    selectRow(venues, QStringLiteral("ICML"));
    QCOMPARE(m_page->filterModel()->rowCount(), 2);
    QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("Showing 2 of 10"));
    // Each year now says how many ICML papers it has; years with none are greyed, not hidden.
    QCOMPARE(years->model()->index(0, 0).data().toString(), QStringLiteral("2026 (2)"));
    QCOMPARE(years->model()->index(1, 0).data().toString(), QStringLiteral("2025 (0)"));
    QVERIFY(!years->model()->flags(years->model()->index(1, 0)).testFlag(Qt::ItemIsEnabled));
    selectRow(years, QStringLiteral("2026"));
    QCOMPARE(m_page->filterModel()->rowCount(), 2);
    // Space again takes the venue back.
    selectRow(venues, QStringLiteral("ICML"));
    QCOMPARE(m_page->filterModel()->rowCount(), 5);
}

void TestPublicationsPage::clearFiltersShowsAll()
{
    auto *clear = child<QPushButton>("clearButton");
    QVERIFY(!clear->isEnabled());
    selectRow(child<QListView>("venueList"), QStringLiteral("AAAI"));
    child<QLineEdit>("searchEdit")->setText(QStringLiteral("arbitrary"));
    QTRY_COMPARE(m_page->filterModel()->rowCount(), 1);
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_page->filterModel()->rowCount(), 10);
    QCOMPARE(child<QLineEdit>("searchEdit")->text(), QString());
    QCOMPARE(child<QListView>("venueList")->model()->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Unchecked);
}

void TestPublicationsPage::tableSharesTheSelection()
{
    QVERIFY(m_page->showPublication(QStringLiteral("s2o")));
    QTest::mouseClick(child<QToolButton>("tableButton"), Qt::LeftButton);
    auto *table = child<QTableView>("tableView");
    QCOMPARE(child<QStackedWidget>("viewStack")->currentWidget(), table);
    QCOMPARE(table->currentIndex().data(PublicationModel::IdRole).toString(), QStringLiteral("s2o"));
    // Clicking the Title header sorts by title.
    table->horizontalHeader()->setSortIndicator(PublicationModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(m_page->filterModel()->index(0, 0).data(PublicationModel::IdRole).toString(), QStringLiteral("abq-llm"));
    QCOMPARE(child<QToolButton>("sortButton")->text(), QStringLiteral("Sort: Title"));
}

void TestPublicationsPage::detailPaneShowsThePublication()
{
    QCOMPARE(child<QStackedWidget>("stack")->currentWidget(), child<QWidget>("emptyPage"));
    QVERIFY(m_page->showPublication(QStringLiteral("s2o")));
    QCOMPARE(child<QLabel>("titleLabel")->text(),
             QStringLiteral("S2O: Early Stopping for Sparse Attention via Online Permutation"));
    QVERIFY(child<QLabel>("authorsLabel")->text().startsWith(
        QStringLiteral("Yu Zhang<sup>*</sup>, <b>Songwei Liu</b><sup>*</sup>, Chenqian Yan")));
    QCOMPARE(child<QLabel>("markersLabel")->text(), QStringLiteral("* equal contribution"));
    QCOMPARE(child<QLabel>("venueLabel")->text(), QStringLiteral("ACL 2026"));
    QCOMPARE(child<QLabel>("statusLabel")->text(), QStringLiteral("Oral"));
    QCOMPARE(child<QLabel>("roleLabel")->text(), QStringLiteral("Role: co-first author; Project Lead (LD)"));
    QVERIFY(!child<QLabel>("thumbnailLabel")->pixmap().isNull());
    QVERIFY(!m_page->showPublication(QStringLiteral("no-such-paper")));

    // A publication hidden by the filters is still reachable: the filters make way.
    m_page->filterModel()->setVenues({QStringLiteral("ICML")});
    QVERIFY(m_page->showPublication(QStringLiteral("rlfn")));
    QVERIFY(!m_page->filterModel()->hasFilters());
    QCOMPARE(m_page->currentId(), QStringLiteral("rlfn"));
}

void TestPublicationsPage::copiesCitations()
{
    QVERIFY(m_page->showPublication(QStringLiteral("tcec")));
    QTest::mouseClick(child<QPushButton>("copyBibtexButton"), Qt::LeftButton);
    const QString bibtex = QGuiApplication::clipboard()->text();
    QVERIFY2(bibtex.startsWith(u"@inproceedings{"), qPrintable(bibtex));
    QVERIFY(bibtex.contains(u"TCEC: Error Propagation Mechanisms"));
    QTest::mouseClick(child<QPushButton>("copyCitationButton"), Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"Songwei Liu, Chao Zeng"));
}

void TestPublicationsPage::remembersStateAcrossRuns()
{
    selectRow(child<QListView>("venueList"), QStringLiteral("ICML"));
    child<QLineEdit>("searchEdit")->setText(QStringLiteral("motion"));
    QTRY_COMPARE(m_page->filterModel()->rowCount(), 1);
    QTest::mouseClick(child<QToolButton>("tableButton"), Qt::LeftButton);
    child<QTableView>("tableView")->sortByColumn(PublicationModel::VenueColumn, Qt::DescendingOrder);
    QVERIFY(m_page->showPublication(QStringLiteral("motioncache")));
    delete m_page;
    m_page = nullptr;

    m_model->setPublications({});
    createPage();
    QCOMPARE(m_page->filterModel()->venues(), QSet<QString>{QStringLiteral("ICML")});
    QCOMPARE(child<QLineEdit>("searchEdit")->text(), QStringLiteral("motion"));
    QCOMPARE(m_page->filterModel()->rowCount(), 1);
    QCOMPARE(child<QStackedWidget>("viewStack")->currentWidget(), child<QTableView>("tableView"));
    QCOMPARE(m_model->sortColumn(), int(PublicationModel::VenueColumn));
    QCOMPARE(m_model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(m_page->currentId(), QStringLiteral("motioncache"));
}

void TestPublicationsPage::portfolioTextIsNeverMarkup()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString image = QStringLiteral("<img src=\"http://127.0.0.1:%1/x\">").arg(server.serverPort());
    Publication publication;
    publication.id = QStringLiteral("markup");
    publication.title = image;
    publication.authors = {{QStringLiteral("<b>Mallory</b>") + image, true, false, false, false}};
    publication.summary = image;
    m_model->setPublications({publication});
    QVERIFY(m_page->showPublication(QStringLiteral("markup")));
    QCOMPARE(child<QLabel>("titleLabel")->text(), image);
    QCOMPARE(child<QLabel>("titleLabel")->textFormat(), Qt::PlainText);
    QCOMPARE(child<QLabel>("summaryLabel")->textFormat(), Qt::PlainText);
    QVERIFY(child<QLabel>("authorsLabel")->text().startsWith(u"<b>&lt;b&gt;Mallory&lt;/b&gt;&lt;img src="));
    // Painting everything gives an <img> its chance to load; nothing may connect.
    m_page->grab();
    QVERIFY(!server.waitForNewConnection(300));
}

QTEST_MAIN(TestPublicationsPage)
#include "tst_publicationspage.moc"
