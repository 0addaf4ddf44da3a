#include "FileWatcher.h"
#include "MainWindow.h"
#include "PublicationsPage.h"

#include "ScriptedServer.h"
#include "TestEnvironment.h"

#include <QStandardPaths>
#include <QTcpSocket>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray minimal()
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/minimal.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeInPlace(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// As many editors save: a new file beside the old one, renamed over it.
bool writeByRename(const QString &fileName, const QByteArray &bytes)
{
    const QString temporary = fileName + QStringLiteral(".saving");
    return writeInPlace(temporary, bytes) && QFile::remove(fileName) && QFile::rename(temporary, fileName);
}

} // namespace

class TestLiveReload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void watcherSeesBothKindsOfSave();
    void windowFollowsTheFileAndKeepsItsPlace();
    void windowFollowsItsBibliographies();
    void windowShowsARemotePortfolioAndKeepsIt();

private:
    QTemporaryDir m_settingsDir;
};

void TestLiveReload::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    useTestEnvironment(m_settingsDir.path(), QStringLiteral("tst_livereload"));
}

void TestLiveReload::watcherSeesBothKindsOfSave()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("portfolio.json"));
    QVERIFY(writeInPlace(fileName, "{}"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("refs")));
    const QString bibName = dir.filePath(QStringLiteral("refs/papers.bib"));
    QVERIFY(writeInPlace(bibName, "@misc{a, title={A}}"));
    FileWatcher watcher;
    QSignalSpy changed(&watcher, &FileWatcher::changed);
    watcher.watch({fileName, bibName});
    QCOMPARE(watcher.fileNames().size(), 2);

    QVERIFY(writeInPlace(fileName, "{\"a\": 1}"));
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(writeByRename(fileName, "{\"a\": 2}"));
    QTRY_COMPARE(changed.size(), 2);
    // The watch survived the rename: a later save in place is seen too.
    QVERIFY(writeInPlace(fileName, "{\"a\": 3}"));
    QTRY_COMPARE(changed.size(), 3);
    // The second file, in a folder of its own, is watched as closely.
    QVERIFY(writeByRename(bibName, "@misc{b, title={B}}"));
    QTRY_COMPARE(changed.size(), 4);
    QVERIFY(writeInPlace(bibName, "@misc{c, title={C}}"));
    QTRY_COMPARE(changed.size(), 5);
    // Other files in the folders are none of its business.
    QVERIFY(writeInPlace(dir.filePath(QStringLiteral("other.txt")), "x"));
    QVERIFY(writeInPlace(dir.filePath(QStringLiteral("refs/other.bib")), "x"));
    QTest::qWait(FileWatcher::SettleMs * 3);
    QCOMPARE(changed.size(), 5);
    watcher.watch({});
    QVERIFY(writeInPlace(fileName, "{\"a\": 4}"));
    QVERIFY(writeInPlace(bibName, "@misc{d, title={D}}"));
    QTest::qWait(FileWatcher::SettleMs * 3);
    QCOMPARE(changed.size(), 5);
}

void TestLiveReload::windowFollowsTheFileAndKeepsItsPlace()
{
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("portfolio.json"));
    const QByteArray original = minimal();
    QVERIFY(!original.isEmpty());
    QVERIFY(writeInPlace(fileName, original));

    MainWindow window;
    window.openFile(fileName);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *name = window.findChild<QLabel *>(QStringLiteral("nameLabel"));
    QCOMPARE(name->text(), QStringLiteral("Ada Example"));
    QVERIFY(window.showPublication(QStringLiteral("paper-b")));
    auto *page = window.findChild<PublicationsPage *>();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("paper b"));
    QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("Showing 2 of 4"));

    QByteArray renamed = original;
    renamed.replace("Ada Example", "Ada Renamed");
    QVERIFY(writeByRename(fileName, renamed));
    QTRY_COMPARE(name->text(), QStringLiteral("Ada Renamed"));
    QCOMPARE(window.currentSection(), SectionModel::Publications);
    QCOMPARE(page->currentId(), QStringLiteral("paper-b"));
    QCOMPARE(search->text(), QStringLiteral("paper b"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("Showing 2 of 4"));

    // A broken save shows its problem and keeps the last good content.
    QVERIFY(writeInPlace(fileName, renamed.left(renamed.size() / 2)));
    auto *problems = window.findChild<QWidget *>(QStringLiteral("problemFrame"));
    QTRY_VERIFY(problems->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("problemTitle"))->text().contains(QStringLiteral("last good version")));
    QCOMPARE(name->text(), QStringLiteral("Ada Renamed"));
    QCOMPARE(page->currentId(), QStringLiteral("paper-b"));

    QByteArray fixed = original;
    fixed.replace("Ada Example", "Ada Fixed");
    QVERIFY(writeInPlace(fileName, fixed));
    QTRY_COMPARE(name->text(), QStringLiteral("Ada Fixed"));
    QVERIFY(!problems->isVisible());
    QCOMPARE(page->currentId(), QStringLiteral("paper-b"));
}

void TestLiveReload::windowFollowsItsBibliographies()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("refs")));
    const QString fileName = dir.filePath(QStringLiteral("portfolio.json"));
    const QString bibName = dir.filePath(QStringLiteral("refs/papers.bib"));
    const QString extraName = dir.filePath(QStringLiteral("extra.bib"));
    QByteArray portfolio = minimal();
    portfolio.replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"bibliographies\": [\"refs/papers.bib\"],");
    QVERIFY(portfolio.contains("bibliographies"));
    QVERIFY(writeInPlace(fileName, portfolio));
    QVERIFY(writeInPlace(bibName, "@inproceedings{fromfile, title={From the File}, author={Ada Example}, year=2024}"));
    QVERIFY(writeInPlace(extraName, "@misc{extra, title={From the Command Line}, year=2023}"));

    MainWindow window;
    window.setBibliographies({extraName});
    window.openFile(fileName);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPublication(QStringLiteral("fromfile")));
    QVERIFY(window.showPublication(QStringLiteral("extra")));
    auto *page = window.findChild<PublicationsPage *>();
    auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
    QCOMPARE(count->text(), QStringLiteral("Showing 6 of 6"));

    // A new entry saved into the portfolio's own .bib appears; the one being read stays current.
    QVERIFY(writeByRename(bibName, "@inproceedings{fromfile, title={From the File}, author={Ada Example}, year=2024}\n"
                                   "@article{added, title={Added Later}, year=2025}"));
    QTRY_COMPARE(count->text(), QStringLiteral("Showing 7 of 7"));
    QCOMPARE(page->currentId(), QStringLiteral("extra"));
    QVERIFY(window.showPublication(QStringLiteral("added")));

    // So does a change to the one from the command line.
    QVERIFY(writeInPlace(extraName, "@misc{extra, title={From the Command Line}, year=2023}\n"
                                    "@misc{extra2, title={Also From the Command Line}, year=2022}"));
    QTRY_COMPARE(count->text(), QStringLiteral("Showing 8 of 8"));

    // An entry that cannot be read is reported with its file and line; the rest stays.
    QVERIFY(writeInPlace(bibName, "@inproceedings{fromfile, title={From the File}, author={Ada Example}, year=2024}\n"
                                  "@article{broken, title={Unclosed, year=2025\n"));
    auto *problems = window.findChild<QWidget *>(QStringLiteral("problemFrame"));
    QTRY_VERIFY(problems->isVisible());
    const QString list = window.findChild<QPlainTextEdit *>(QStringLiteral("problemList"))->toPlainText();
    QVERIFY2(list.contains(QStringLiteral("papers.bib")) && list.contains(QStringLiteral("2:")), qPrintable(list));
    QTRY_COMPARE(count->text(), QStringLiteral("Showing 7 of 7"));
    QVERIFY(window.showPublication(QStringLiteral("fromfile")));
}

void TestLiveReload::windowShowsARemotePortfolioAndKeepsIt()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/sources")).removeRecursively();
    QByteArray remote = minimal();
    remote.replace("Ada Example", "Ada Remote");
    // Holds the answer back until the test has seen what the window shows meanwhile.
    QTcpSocket *waiting = nullptr;
    auto server = std::make_unique<ScriptedServer>([&waiting](QTcpSocket *socket, const ScriptedServer::Request &) {
        waiting = socket;
    });
    const QUrl url(server->url(QStringLiteral("/portfolio.json")));

    {
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::openFinished);
        window.open(url);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isOpening());
        auto *name = window.findChild<QLabel *>(QStringLiteral("nameLabel"));
        auto *title = window.findChild<QLabel *>(QStringLiteral("problemTitle"));
        auto *note = window.findChild<QLabel *>(QStringLiteral("sourceNote"));
        QCOMPARE(name->text(), QStringLiteral("Songwei Liu"));
        QVERIFY2(title->isVisible() && title->text().startsWith(QStringLiteral("Downloading ")), qPrintable(title->text()));
        QTRY_VERIFY(waiting);
        ScriptedServer::respond(waiting, "200 OK", "ETag: \"1\"\r\n", remote);
        QTRY_COMPARE(name->text(), QStringLiteral("Ada Remote"));
        QCOMPARE(opened.size(), 1);
        QVERIFY(!title->isVisible());
        QVERIFY2(note->isVisible() && note->text().contains(QStringLiteral("Up to date at")), qPrintable(note->text()));
    }

    // With the server gone, the next start shows the copy at once, and says how old it is.
    server.reset();
    MainWindow window;
    window.open(url);
    QVERIFY(!window.isOpening());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("nameLabel"))->text(), QStringLiteral("Ada Remote"));
    auto *note = window.findChild<QLabel *>(QStringLiteral("sourceNote"));
    QTRY_VERIFY2(note->text().contains(QStringLiteral("could not be updated")), qPrintable(note->text()));
    QVERIFY2(note->text().contains(QStringLiteral("Copy from just now: ")), qPrintable(note->text()));
}

QTEST_MAIN(TestLiveReload)
#include "tst_livereload.moc"
