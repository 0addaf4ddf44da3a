#include "FileWatcher.h"
#include "MainWindow.h"
#include "PublicationsPage.h"

#include "TestEnvironment.h"
#include <QFile>
#include <QLabel>
#include <QLineEdit>
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
    FileWatcher watcher;
    QSignalSpy changed(&watcher, &FileWatcher::changed);
    watcher.watch(fileName);

    QVERIFY(writeInPlace(fileName, "{\"a\": 1}"));
    QTRY_COMPARE(changed.size(), 1);
    QVERIFY(writeByRename(fileName, "{\"a\": 2}"));
    QTRY_COMPARE(changed.size(), 2);
    // The watch survived the rename: a later save in place is seen too.
    QVERIFY(writeInPlace(fileName, "{\"a\": 3}"));
    QTRY_COMPARE(changed.size(), 3);
    // Other files in the folder are none of its business.
    QVERIFY(writeInPlace(dir.filePath(QStringLiteral("other.txt")), "x"));
    QTest::qWait(FileWatcher::SettleMs * 3);
    QCOMPARE(changed.size(), 3);
    watcher.watch({});
    QVERIFY(writeInPlace(fileName, "{\"a\": 4}"));
    QTest::qWait(FileWatcher::SettleMs * 3);
    QCOMPARE(changed.size(), 3);
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

QTEST_MAIN(TestLiveReload)
#include "tst_livereload.moc"
