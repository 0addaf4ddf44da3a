#include "EntryModel.h"
#include "ItemRoles.h"
#include "PortfolioLoader.h"
#include "PublicationModel.h"
#include "SectionModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sectionModel();
    void sectionKeys();
    void entryModelFromEachPart();
    void entryModelResets();
    void publicationModel();
    void authorLineMarksContributions();

private:
    Portfolio m_portfolio;
};

void TestModels::initTestCase()
{
    m_portfolio = *PortfolioLoader::loadEmbedded().portfolio;
}

void TestModels::sectionModel()
{
    SectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 9);
    const QStringList expected{QStringLiteral("Overview"),     QStringLiteral("Research"), QStringLiteral("News"),
                               QStringLiteral("Publications"), QStringLiteral("Projects"), QStringLiteral("Skills"),
                               QStringLiteral("Background"),   QStringLiteral("Talks"),    QStringLiteral("Contact")};
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data().toString(), expected[row]);
        // Rendering proves the SVG icon engine is installed; the selected state is a different, white copy.
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        const QImage normal = icon.pixmap(20).toImage();
        const QImage selected = icon.pixmap(20, QIcon::Selected).toImage();
        QVERIFY(!normal.isNull());
        QCOMPARE(normal.size(), QSize(20, 20));
        QVERIFY(normal != selected);
        QCOMPARE(selected.pixelColor(selected.rect().center()).alpha() > 0
                     ? selected.pixelColor(selected.rect().center()).red() == 255
                     : true,
                 true);
        QCOMPARE(index.data(SectionModel::KeyRole).toString(), expected[row].toLower());
    }
}

void TestModels::sectionKeys()
{
    QCOMPARE(SectionModel::fromKey(u"NEWS"), SectionModel::News);
    QCOMPARE(SectionModel::fromKey(u"contact"), SectionModel::Contact);
    QVERIFY(!SectionModel::fromKey(u"blog"));
    QCOMPARE(SectionModel::keys().size(), int(SectionModel::SectionCount));
}

void TestModels::entryModelFromEachPart()
{
    EntryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QLocale english(QLocale::English);
    QLocale::setDefault(english);

    model.setEntries(EntryModel::fromNews(m_portfolio));
    QCOMPARE(model.rowCount(), 11);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(ItemRoles::DateRole).toString(), QStringLiteral("May 2026"));
    QCOMPARE(first.data().toString(), QStringLiteral("MotionCache is accepted by ICML 2026."));
    QCOMPARE(first.data(ItemRoles::PublicationIdRole).toString(), QStringLiteral("motioncache"));
    QCOMPARE(first.data(ItemRoles::DetailRole).toString(),
             QStringLiteral("Publication: Motion-Aware Caching for Efficient Autoregressive Video Generation"));
    QVERIFY(model.index(10).data(ItemRoles::PublicationIdRole).toString().isEmpty());

    model.setEntries(EntryModel::fromTimeline(m_portfolio.education));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data(ItemRoles::DateRole).toString(), QStringLiteral("Sep 2018 – Mar 2021"));
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Zhejiang University"));
    QCOMPARE(model.index(0).data(ItemRoles::DetailRole).toString(), QStringLiteral("Master · Hangzhou, Zhejiang"));

    model.setEntries(EntryModel::fromProjects(m_portfolio.projects));
    QCOMPARE(model.rowCount(), 3);
    const auto body = model.index(0).data(ItemRoles::BodyRole).value<QList<Paragraph>>();
    QCOMPARE(body.size(), 3);
    QCOMPARE(body[1].lead, QStringLiteral("Inference"));
    QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().contains(u"Inference: Designed"));

    model.setEntries(EntryModel::fromSkills(m_portfolio.skills));
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Languages"));
    QCOMPARE(model.index(0).data(ItemRoles::BodyRole).value<QList<Paragraph>>().first().text,
             QStringLiteral("Python · C++ · CUDA C/PTX"));

    model.setEntries(EntryModel::fromTalks(m_portfolio.talks));
    QCOMPARE(model.index(0).data(ItemRoles::DateRole).toString(), QStringLiteral("Nov 2024"));

    model.setEntries(EntryModel::fromFocusAreas(m_portfolio.focusAreas));
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("Heterogeneous Inference"));
    QLocale::setDefault(QLocale::system());
}

void TestModels::entryModelResets()
{
    EntryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setEntries(EntryModel::fromTalks(m_portfolio.talks));
    model.setEntries({});
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(EntryModel::dateRange(*PartialDate::fromString(u"2020"), {}), QStringLiteral("2020 – now"));
}

void TestModels::publicationModel()
{
    PublicationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPublications(m_portfolio.publications);
    QCOMPARE(model.rowCount(), 10);
    const int row = model.rowOf(u"tcec");
    QVERIFY(row >= 0);
    const QModelIndex tcec = model.index(row, PublicationModel::TitleColumn);
    QCOMPARE(tcec.data(PublicationModel::IdRole).toString(), QStringLiteral("tcec"));
    QCOMPARE(tcec.data(PublicationModel::VenueRole).toString(), QStringLiteral("ICML"));
    QCOMPARE(tcec.data(PublicationModel::YearRole).toInt(), 2026);
    QCOMPARE(tcec.data(PublicationModel::StatusRole).toString(), QStringLiteral("Spotlight + Oral, Top 0.7%"));
    QCOMPARE(tcec.data(PublicationModel::TopicRole).toString(), QStringLiteral("diffusion quantization"));
    QCOMPARE(PublicationModel::venueLine(model.publication(row)), QStringLiteral("ICML 2026 · Spotlight + Oral, Top 0.7%"));
    QCOMPARE(model.index(row, PublicationModel::YearColumn).data().toInt(), 2026);
    QCOMPARE(model.index(row, PublicationModel::AuthorsColumn).data().toString(),
             QStringLiteral("Songwei Liu, Chao Zeng, Chenqian Yan, Xurui Peng, Xing Wang, Fangmin Chen, Xing Mei"));
    QCOMPARE(model.headerData(PublicationModel::VenueColumn, Qt::Horizontal).toString(), QStringLiteral("Venue"));
    QVERIFY(tcec.data(PublicationModel::SelectedRole).toBool());
    QCOMPARE(model.rowOf(u"no-such-paper"), -1);
    QVERIFY(model.roleNames().contains(PublicationModel::ThumbnailRole));
}

void TestModels::authorLineMarksContributions()
{
    const QList<Author> authors{{QStringLiteral("Yu Zhang"), false, true, false, false},
                                {QStringLiteral("Songwei Liu"), true, true, true, false},
                                {{}, false, false, false, true}};
    QCOMPARE(PublicationModel::authorLine(authors), QStringLiteral("Yu Zhang*, Songwei Liu*†, et al."));
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
