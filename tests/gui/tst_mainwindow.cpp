#include "BackgroundPage.h"
#include "ItemRoles.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "PortfolioLoader.h"
#include "PortfolioWriter.h"
#include "PublicationsPage.h"
#include "TextPage.h"
#include "Theme.h"
#include "WrappingLink.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QStyle>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList labelTexts(const QWidget *page)
{
    QStringList texts;
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        texts.append(label->text());
    }
    return texts;
}

QListView *listOf(const QWidget *page)
{
    return page->findChild<QListView *>(QStringLiteral("listView"));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everySectionShowsTheSeed();
    void shortcutsJumpToSections();
    void remembersStateAcrossRuns();
    void brokenFileShowsProblemsAndEmbedded();
    void newsLinksToPublication();
    void selectedPublicationsOpenByMouseAndKeyboard();
    void tabReachesSectionsAndContent();
    void themeSwitchesAndIsRemembered();
    void pagesAreBuiltWhenFirstNeeded();
    void checkBoxesShowInEveryTheme();
    void exportsReadBack();
    void bibliographiesJoinThePortfolio();
    void overviewNamesTheFirstSelected();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("portfolio-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::everySectionShowsTheSeed()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Songwei Liu – Portfolio"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("nameLabel"))->text(), QStringLiteral("Songwei Liu"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QCOMPARE(window.currentSection(), SectionModel::Overview);

    const QStringList overview = labelTexts(window.findChild<QWidget *>(QStringLiteral("overviewPage")));
    QVERIFY(overview.contains(
        QStringLiteral("I build efficient LLM/AIGC inference systems for edge-cloud computing platforms.")));
    QVERIFY(overview.filter(QStringLiteral("leads a model optimization team")).size() == 1);
    // The selected publications link to their pages.
    auto *selected = window.findChild<WrappingLink *>(QStringLiteral("selected-tcec"));
    QVERIFY(selected);
    QCOMPARE(selected->title(),
             QStringLiteral("TCEC: Error Propagation Mechanisms and Compensation Strategies for Quantized Diffusion"));
    QCOMPARE(selected->caption(), QStringLiteral("ICML 2026 · Spotlight + Oral, Top 0.7%"));
    QCOMPARE(window.findChildren<WrappingLink *>(QRegularExpression(QStringLiteral("^selected-"))).size(), 6);
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("moreSelected")));
    selected->click();
    QCOMPARE(window.currentSection(), SectionModel::Publications);
    window.showSection(SectionModel::Overview);

    const QHash<SectionModel::Section, int> rows{{SectionModel::Research, 3}, {SectionModel::News, 11},
                                                 {SectionModel::Projects, 3}, {SectionModel::Skills, 4},
                                                 {SectionModel::Talks, 1}};
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        window.showSection(it.key());
        const QString name = SectionModel::key(it.key()) + QStringLiteral("Page");
        auto *page = window.findChild<ListPage *>(name);
        QVERIFY2(page, qPrintable(name));
        QCOMPARE(stack->currentWidget(), page);
        QCOMPARE(stack->indexOf(page), int(it.key()));
        QTRY_VERIFY(page->listView()->isVisible());
        QAbstractItemModelTester tester(page->listView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->listView()->model()->rowCount(), it.value());
        // Every row is laid out with some height: nothing collapses to an empty line.
        const QRect firstRow = page->listView()->visualRect(page->listView()->model()->index(0, 0));
        QVERIFY2(firstRow.height() > page->listView()->fontMetrics().height(), qPrintable(name));
    }
    const QModelIndex firstNews = listOf(window.findChild<QWidget *>(QStringLiteral("newsPage")))->model()->index(0, 0);
    QCOMPARE(firstNews.data().toString(), QStringLiteral("MotionCache is accepted by ICML 2026."));
    QCOMPARE(firstNews.data(ItemRoles::DateRole).toString(), QStringLiteral("May 2026"));
    window.showSection(SectionModel::Publications);
    QCOMPARE(listOf(window.findChild<QWidget *>(QStringLiteral("publicationsPage")))->model()->rowCount(), 10);
    QCOMPARE(labelTexts(window.findChild<QWidget *>(QStringLiteral("publicationsPage")))
                 .filter(QStringLiteral("Google Scholar snapshot on "))
                 .filter(QStringLiteral(": 17 publications, 562 citations, h-index 9."))
                 .size(),
             1);

    window.showSection(SectionModel::Background);
    auto *background = window.findChild<BackgroundPage *>(QStringLiteral("backgroundPage"));
    QCOMPARE(background->educationPage()->listView()->model()->rowCount(), 3);
    QCOMPARE(background->internshipsPage()->listView()->model()->rowCount(), 3);
    QCOMPARE(background->internshipsPage()->listView()->model()->index(1, 0).data().toString(),
             QStringLiteral("Tencent JARVIS Research Center"));

    window.showSection(SectionModel::Contact);
    auto *email = window.findChild<QPushButton *>(QStringLiteral("emailButton"));
    QVERIFY(email);
    QTRY_VERIFY(email->isVisible());
    QVERIFY(email->text().contains(u"liusongwei.zju@bytedance.com"));
    QVERIFY(labelTexts(window.findChild<QWidget *>(QStringLiteral("contactPage")))
                .contains(QStringLiteral("•  Edge-cloud collaborative inference")));
}

void TestMainWindow::shortcutsJumpToSections()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (int i = SectionModel::SectionCount - 1; i >= 0; --i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(window.currentSection(), SectionModel::Section(i));
    }
}

void TestMainWindow::remembersStateAcrossRuns()
{
    {
        MainWindow window;
        window.showEmbedded();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 600);
        window.showSection(SectionModel::Talks);
        window.close();
    }
    MainWindow window;
    window.showEmbedded();
    QCOMPARE(window.currentSection(), SectionModel::Talks);
    QCOMPARE(window.size(), QSize(900, 600));
}

void TestMainWindow::brokenFileShowsProblemsAndEmbedded()
{
    MainWindow window;
    window.openFile(QStringLiteral(TEST_DATA_DIR "/broken/year-as-words.json"));
    // Tall enough that a banner that grows with the window would show it.
    window.resize(1180, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("nameLabel"))->text(), QStringLiteral("Songwei Liu"));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("problemFrame"))->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("problemTitle"))->text().contains(u"year-as-words.json"));
    QCOMPARE(window.findChild<QPlainTextEdit *>(QStringLiteral("problemList"))->toPlainText(),
             QStringLiteral("60:15: publications[3].year: expected a whole number, got \"twenty\""));
    // The banner takes no more room than it asks for; the page below has the rest of the window.
    auto *problemFrame = window.findChild<QWidget *>(QStringLiteral("problemFrame"));
    QVERIFY(problemFrame->height() <= problemFrame->sizeHint().height());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("pageStack"))->height() > problemFrame->height());

    // A good file replaces the embedded portfolio and the problems go.
    window.openFile(QStringLiteral(TEST_DATA_DIR "/minimal.json"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("nameLabel"))->text(), QStringLiteral("Ada Example"));
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("problemFrame"))->isVisible());

    // A broken file later keeps what is shown.
    window.openFile(QStringLiteral(TEST_DATA_DIR "/broken/empty.json"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("nameLabel"))->text(), QStringLiteral("Ada Example"));
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("problemFrame"))->isVisible());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dismissButton")), Qt::LeftButton);
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("problemFrame"))->isVisible());
}

void TestMainWindow::newsLinksToPublication()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showSection(SectionModel::News);
    QListView *news = listOf(window.findChild<QWidget *>(QStringLiteral("newsPage")));
    news->setFocus();
    news->setCurrentIndex(news->model()->index(1, 0));
    QTest::keyClick(news, Qt::Key_Return);
    QCOMPARE(window.currentSection(), SectionModel::Publications);
    QListView *publications = listOf(window.findChild<QWidget *>(QStringLiteral("publicationsPage")));
    QCOMPARE(publications->currentIndex().data(ItemRoles::PublicationIdRole).toString(), QStringLiteral("tcec"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("titleLabel"))->text(),
             QStringLiteral("TCEC: Error Propagation Mechanisms and Compensation Strategies for Quantized Diffusion"));
}

void TestMainWindow::selectedPublicationsOpenByMouseAndKeyboard()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QList<WrappingLink *> links =
        window.findChild<QWidget *>(QStringLiteral("overviewPage"))->findChildren<WrappingLink *>();
    QCOMPARE(links.size(), 6);
    const auto current = [&window] {
        return window.findChild<PublicationsPage *>(QStringLiteral("publicationsPage"))->currentId();
    };
    const auto back = [&window] {
        window.showSection(SectionModel::Overview);
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("overviewPage"))->isVisible());
    };

    // A click on the title opens the publication; one on the line under it does not.
    WrappingLink *first = links.first();
    QTRY_VERIFY(first->isVisible());
    QTest::mouseClick(first, Qt::LeftButton, {}, QPoint(5, first->fontMetrics().height() / 2));
    QCOMPARE(window.currentSection(), SectionModel::Publications);
    QCOMPARE(current(), first->objectName().mid(int(qstrlen("selected-"))));
    back();
    QTest::mouseClick(first, Qt::LeftButton, {}, QPoint(5, first->height() - 2));
    QCOMPARE(window.currentSection(), SectionModel::Overview);

    // Tab goes from one to the next; Enter and Space open the one with focus.
    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), first);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), links.at(1));
    QTest::keyClick(links.at(1), Qt::Key_Return);
    QCOMPARE(window.currentSection(), SectionModel::Publications);
    QCOMPARE(current(), links.at(1)->objectName().mid(int(qstrlen("selected-"))));
    back();
    links.at(2)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(links.at(2), Qt::Key_Space);
    QCOMPARE(window.currentSection(), SectionModel::Publications);
    QCOMPARE(current(), links.at(2)->objectName().mid(int(qstrlen("selected-"))));
}

void TestMainWindow::tabReachesSectionsAndContent()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showSection(SectionModel::News);
    QWidget *sections = window.findChild<QWidget *>(QStringLiteral("sectionList"));
    sections->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), sections);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), listOf(window.findChild<QWidget *>(QStringLiteral("newsPage"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), sections);
}

void TestMainWindow::themeSwitchesAndIsRemembered()
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    {
        MainWindow window;
        window.showEmbedded();
        auto *dark = window.findChild<QAction *>(QStringLiteral("darkThemeAction"));
        dark->trigger();
        QVERIFY(dark->isChecked());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        auto *style = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name(), QStringLiteral("fusion"));
    }
    {
        // The next run starts dark, and System gives back what the platform had.
        MainWindow window;
        QVERIFY(window.findChild<QAction *>(QStringLiteral("darkThemeAction"))->isChecked());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        window.findChild<QAction *>(QStringLiteral("systemThemeAction"))->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    }
    MainWindow window;
    QVERIFY(window.findChild<QAction *>(QStringLiteral("systemThemeAction"))->isChecked());
}

void TestMainWindow::pagesAreBuiltWhenFirstNeeded()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    QCOMPARE(stack->count(), int(SectionModel::SectionCount));
    QVERIFY(window.findChild<TextPage *>(QStringLiteral("overviewPage")));
    // Only the page shown is made.
    QCOMPARE(window.findChildren<TextPage *>().size(), 1);
    QVERIFY(!window.findChild<ListPage *>());
    QVERIFY(!window.findChild<BackgroundPage *>());
    QVERIFY(!window.findChild<PublicationsPage *>());
    // Ctrl+F builds the Publications page, with what the portfolio set before it existed, and
    // puts the cursor in search.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *page = window.findChild<PublicationsPage *>(QStringLiteral("publicationsPage"));
    QVERIFY(page);
    QCOMPARE(window.currentSection(), SectionModel::Publications);
    QCOMPARE(stack->currentWidget(), page);
    QCOMPARE(stack->indexOf(page), int(SectionModel::Publications));
    QTRY_COMPARE(QApplication::focusWidget(), page->findChild<QWidget *>(QStringLiteral("searchEdit")));
    QCOMPARE(labelTexts(page).filter(QStringLiteral(": 17 publications, 562 citations, h-index 9.")).size(), 1);
    QCOMPARE(window.findChildren<QWidget *>(QStringLiteral("publicationsPage")).size(), 1);
    // A page made later has the portfolio shown before it existed, in the same place.
    window.showSection(SectionModel::Contact);
    auto *contact = window.findChild<TextPage *>(QStringLiteral("contactPage"));
    QVERIFY(contact);
    QCOMPARE(stack->indexOf(contact), int(SectionModel::Contact));
    QVERIFY(labelTexts(contact).contains(QStringLiteral("•  Edge-cloud collaborative inference")));
    QCOMPARE(stack->count(), int(SectionModel::SectionCount));
}

void TestMainWindow::checkBoxesShowInEveryTheme()
{
    for (const Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
        Theme::apply(mode);
        QCheckBox box;
        box.resize(box.sizeHint());
        const QImage image = box.grab().toImage();
        const QColor background = box.palette().color(QPalette::Window);
        // The unchecked box is its outline and fill: some of it must stand out from the window.
        const int indicator = box.style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, &box);
        int strongest = 0;
        for (int y = 0; y < std::min(indicator, image.height()); ++y) {
            for (int x = 0; x < std::min(indicator, image.width()); ++x) {
                strongest = std::max(strongest, std::abs(image.pixelColor(x, y).lightness() - background.lightness()));
            }
        }
        // Fusion's own dark outline differed from the window by 14; its light one by 51.
        QVERIFY2(strongest >= 40, qPrintable(QStringLiteral("%1: %2").arg(Theme::key(mode)).arg(strongest)));
    }
    Theme::apply(Theme::Mode::System);
}

void TestMainWindow::exportsReadBack()
{
    QTemporaryDir dir;
    MainWindow window;
    window.openFile(QStringLiteral(TEST_DATA_DIR "/minimal.json"));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportJsonAction")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportBibtexAction")));
    const LoadResult original = PortfolioLoader::loadFile(QStringLiteral(TEST_DATA_DIR "/minimal.json"));
    QVERIFY(original.portfolio);

    const QString json = dir.filePath(QStringLiteral("export.json"));
    QVERIFY(window.exportJson(json));
    const LoadResult exported = PortfolioLoader::loadFile(json);
    QVERIFY(exported.portfolio);
    QCOMPARE(PortfolioWriter::toJson(*exported.portfolio), PortfolioWriter::toJson(*original.portfolio));

    const QString bib = dir.filePath(QStringLiteral("export.bib"));
    QVERIFY(window.exportBibtex(bib));
    QFile file(bib);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), PortfolioWriter::toBibtex(original.portfolio->publications));
}

void TestMainWindow::bibliographiesJoinThePortfolio()
{
    MainWindow window;
    window.setBibliographies({QStringLiteral(TEST_DATA_DIR "/bibtex/tricky.bib"),
                              QStringLiteral(TEST_DATA_DIR "/bibtex/broken.bib")});
    window.showEmbedded();
    window.show();
    // The embedded portfolio's ten, then the entries of both files that could be read.
    QVERIFY(window.showPublication(QStringLiteral("tcec")));
    QVERIFY(window.showPublication(QStringLiteral("knuth1984")));
    auto *page = window.findChild<PublicationsPage *>();
    QCOMPARE(page->currentId(), QStringLiteral("knuth1984"));
    const QString count = window.findChild<QLabel *>(QStringLiteral("countLabel"))->text();
    const int shown = count.section(u' ', -1).toInt();
    QVERIFY2(shown > 10 + 4, qPrintable(count));
    // broken.bib's problems are listed, each with its file and line.
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("problemFrame"))->isVisible());
    const QString problems = window.findChild<QPlainTextEdit *>(QStringLiteral("problemList"))->toPlainText();
    QVERIFY2(problems.contains(QStringLiteral("broken.bib")), qPrintable(problems));
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d+:\\d+: broken\\.bib"), QRegularExpression::MultilineOption)
                 .match(problems)
                 .hasMatch(),
             qPrintable(problems));
}

void TestMainWindow::overviewNamesTheFirstSelected()
{
    QTemporaryDir dir;
    const QString bib = dir.filePath(QStringLiteral("many.bib"));
    QFile file(bib);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 25; ++i) {
        file.write("@misc{many" + QByteArray::number(i) + ", title={Selected " + QByteArray::number(i) +
                   "}, year=2020, selected={true}}\n");
    }
    file.close();
    MainWindow window;
    window.setBibliographies({bib});
    window.openFile(QStringLiteral(TEST_DATA_DIR "/minimal.json"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The first ten in the portfolio's order, then a way to the rest.
    const QList<WrappingLink *> links =
        window.findChildren<WrappingLink *>(QRegularExpression(QStringLiteral("^selected-")));
    QCOMPARE(links.size(), 10);
    QVERIFY(window.findChild<WrappingLink *>(QStringLiteral("selected-many0")));
    QVERIFY(window.findChild<WrappingLink *>(QStringLiteral("selected-many9")));
    QVERIFY(!window.findChild<WrappingLink *>(QStringLiteral("selected-many10")));
    auto *more = window.findChild<QPushButton *>(QStringLiteral("moreSelected"));
    QVERIFY(more);
    QCOMPARE(more->text(), QStringLiteral("15 More on the Publications Page"));
    more->click();
    QCOMPARE(window.currentSection(), SectionModel::Publications);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("Showing 29 of 29"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
