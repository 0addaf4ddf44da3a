#include "PortfolioSource.h"
#include "RelativeTime.h"
#include "SourceCache.h"
#include "SourceLocation.h"

#include "ScriptedServer.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray portfolio(const QByteArray &name, const QByteArray &extraTopLevel = {})
{
    return "{\"formatVersion\": 1, " + extraTopLevel + "\"profile\": {\"name\": \"" + name +
           "\"}, \"publications\": [{\"id\": \"own\", \"title\": \"Own Paper\", \"year\": 2024, "
           "\"authors\": [{\"name\": \"Ada\"}], \"thumbnail\": \"images/own.png\"}]}";
}

// What a server sends for one path: the body, and headers such as an ETag.
struct Resource {
    QByteArray body;
    QByteArray headers;
    QByteArray status = "200 OK";
};

// A server whose files the test edits between requests, answering conditional requests as a
// real one does: 304 when the ETag or the date still matches.
class FileServer
{
public:
    FileServer()
        : m_server([this](QTcpSocket *socket, const ScriptedServer::Request &request) {
            answer(socket, request);
        })
    {
    }

    QHash<QByteArray, Resource> files;
    ScriptedServer &server()
    {
        return m_server;
    }
    QUrl url(const QString &path) const
    {
        return QUrl(m_server.url(path));
    }

private:
    void answer(QTcpSocket *socket, const ScriptedServer::Request &request)
    {
        const auto file = files.constFind(request.path);
        if (file == files.cend()) {
            ScriptedServer::respond(socket, "404 Not Found", "Content-Type: text/html\r\n", "<html>Not here</html>");
            return;
        }
        const QByteArray etag = header(file->headers, "etag");
        const QByteArray date = header(file->headers, "last-modified");
        const QByteArray ifNoneMatch = request.headers.value("if-none-match");
        const QByteArray ifModifiedSince = request.headers.value("if-modified-since");
        if ((!etag.isEmpty() && ifNoneMatch == etag) || (!date.isEmpty() && ifModifiedSince == date)) {
            ScriptedServer::respond(socket, "304 Not Modified", file->headers, {});
            return;
        }
        ScriptedServer::respond(socket, file->status, file->headers, file->body);
    }

    static QByteArray header(const QByteArray &headers, const QByteArray &name)
    {
        for (const QByteArray &line : headers.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name) {
                return line.mid(colon + 1).trimmed();
            }
        }
        return {};
    }

    ScriptedServer m_server;
};

QString nameOf(const QSignalSpy &loaded, qsizetype index)
{
    return loaded.at(index).at(0).value<Portfolio>().profile.name;
}

QStringList idsOf(const QSignalSpy &loaded, qsizetype index)
{
    QStringList ids;
    for (const Publication &publication : loaded.at(index).at(0).value<Portfolio>().publications) {
        ids.append(publication.id);
    }
    return ids;
}

QString problemsOf(const QList<QVariant> &signal)
{
    QStringList lines;
    for (const Problem &problem : signal.at(0).value<QList<Problem>>()) {
        lines.append(problem.toString());
    }
    return lines.join(u'\n');
}

// As a first start does: opens the address and waits for what it downloads.
bool downloadOnce(const QUrl &url)
{
    PortfolioSource source;
    QSignalSpy loaded(&source, &PortfolioSource::loaded);
    source.open(url);
    return loaded.wait(5'000) && loaded.size() == 1;
}

} // namespace

class TestPortfolioSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void resolvesReferences_data();
    void resolvesReferences();
    void cacheKeepsOneCopyPerAddress();
    void describesAges();
    void downloadsThenAsksOnlyForChanges();
    void sendsTheDateBackWithoutAnEtag();
    void showsTheCopyAtOnceThenTheNewVersion();
    void brokenDownloadNeverReplacesTheCopy();
    void serverGoneShowsTheCopyWithItsAge();
    void nothingToShowWithoutServerOrCopy_data();
    void nothingToShowWithoutServerOrCopy();
    void readsRemoteBibliographies();
    void refreshAsksAgain();

private:
    QTemporaryDir m_settingsDir;
};

void TestPortfolioSource::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    useTestEnvironment(m_settingsDir.path(), u"tst_portfoliosource"_s);
}

void TestPortfolioSource::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
}

void TestPortfolioSource::resolvesReferences_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QUrl>("expected");

    const QUrl web(u"https://example.org/lab/portfolio.json"_s);
    const QUrl file = QUrl::fromLocalFile(u"/home/ada/site/portfolio.json"_s);
    QTest::newRow("web, relative") << web << u"papers.bib"_s << QUrl(u"https://example.org/lab/papers.bib"_s);
    QTest::newRow("web, up a folder") << web << u"../all.bib"_s << QUrl(u"https://example.org/all.bib"_s);
    QTest::newRow("web, absolute") << web << u"http://other.example/x.bib"_s << QUrl(u"http://other.example/x.bib"_s);
    QTest::newRow("web, a local file") << web << u"file:///etc/passwd"_s << QUrl();
    QTest::newRow("web, another scheme") << web << u"ftp://example.org/x.bib"_s << QUrl();
    QTest::newRow("file, relative") << file << u"refs/papers.bib"_s
                                    << QUrl::fromLocalFile(u"/home/ada/site/refs/papers.bib"_s);
    QTest::newRow("file, up a folder") << file << u"../papers.bib"_s << QUrl::fromLocalFile(u"/home/ada/papers.bib"_s);
    QTest::newRow("file, absolute path") << file << u"/srv/papers.bib"_s << QUrl::fromLocalFile(u"/srv/papers.bib"_s);
    QTest::newRow("file, web") << file << u"https://example.org/p.bib"_s << QUrl(u"https://example.org/p.bib"_s);
    QTest::newRow("file, another scheme") << file << u"ftp://example.org/p.bib"_s << QUrl();
    QTest::newRow("empty") << file << u"  "_s << QUrl();
    QTest::newRow("embedded, relative") << QUrl() << u"papers.bib"_s << QUrl();
}

void TestPortfolioSource::resolvesReferences()
{
    QFETCH(QUrl, base);
    QFETCH(QString, reference);
    QFETCH(QUrl, expected);
    QString error;
    QCOMPARE(SourceLocation::resolve(base, reference, &error), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void TestPortfolioSource::cacheKeepsOneCopyPerAddress()
{
    QTemporaryDir dir;
    const SourceCache cache(dir.path());
    const QUrl a(u"https://example.org/a.json"_s);
    const QUrl b(u"https://example.org/b.json"_s);
    QVERIFY(!cache.load(a));
    const QDateTime checked = QDateTime::currentDateTimeUtc().addDays(-2);
    QByteArray bytes("line one\nline two\n\0binary", 25);
    QVERIFY(cache.store(a, {bytes, "\"v1\"", "Tue, 01 Dec 2026 10:00:00 GMT", checked}));
    QVERIFY(cache.store(b, {"other", {}, {}, checked}));
    const std::optional<CachedCopy> copy = cache.load(a);
    QVERIFY(copy);
    QCOMPARE(copy->bytes, bytes);
    QCOMPARE(copy->etag, "\"v1\"");
    QCOMPARE(copy->lastModified, "Tue, 01 Dec 2026 10:00:00 GMT");
    QCOMPARE(copy->checkedAt.toMSecsSinceEpoch(), checked.toMSecsSinceEpoch());
    QCOMPARE(cache.load(b)->bytes, "other");

    // A damaged copy reads as none, not as a wrong one.
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 2);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray whole = file.readAll();
        QVERIFY(file.resize(whole.size() - 2));
    }
    QVERIFY(!cache.load(a));
    QVERIFY(!cache.load(b));
}

void TestPortfolioSource::describesAges()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(RelativeTime::ago(now.addSecs(-20), now), u"just now"_s);
    QCOMPARE(RelativeTime::ago(now.addSecs(60), now), u"just now"_s);
    QCOMPARE(RelativeTime::ago(now.addSecs(-60), now), u"a minute ago"_s);
    QCOMPARE(RelativeTime::ago(now.addSecs(-59 * 60), now), u"59 minutes ago"_s);
    QCOMPARE(RelativeTime::ago(now.addSecs(-3600), now), u"an hour ago"_s);
    QCOMPARE(RelativeTime::ago(now.addSecs(-47 * 3600), now), u"47 hours ago"_s);
    QCOMPARE(RelativeTime::ago(now.addDays(-3), now), u"3 days ago"_s);
    QVERIFY(RelativeTime::ago(now.addDays(-400), now).startsWith(u"on "_s));
}

void TestPortfolioSource::downloadsThenAsksOnlyForChanges()
{
    FileServer server;
    QVERIFY(server.server().isListening());
    server.files.insert("/portfolio.json", {portfolio("Ada Remote"), "ETag: \"v1\"\r\n"});
    const QUrl url = server.url(u"/portfolio.json"_s);
    {
        PortfolioSource source;
        QSignalSpy loaded(&source, &PortfolioSource::loaded);
        source.open(url);
        // Nothing is cached yet: the download is all there is.
        QCOMPARE(loaded.size(), 0);
        QVERIFY(source.notes().join(u' ').contains(u"Downloading"_s));
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(nameOf(loaded, 0), u"Ada Remote"_s);
        QCOMPARE(loaded.at(0).at(2).toBool(), false);
        // Relative thumbnails name files beside the portfolio on the server.
        QCOMPARE(loaded.at(0).at(0).value<Portfolio>().publications.at(0).thumbnail,
                 server.url(u"/images/own.png"_s).toString());
        QVERIFY2(source.notes().join(u' ').contains(u"Up to date at"_s), qPrintable(source.notes().join(u' ')));
    }
    QCOMPARE(server.server().log().size(), 1);
    QVERIFY(!server.server().log().at(0).headers.contains("if-none-match"));

    // The next start shows the copy at once and asks the server only whether it changed.
    PortfolioSource source;
    QSignalSpy loaded(&source, &PortfolioSource::loaded);
    QSignalSpy notes(&source, &PortfolioSource::notesChanged);
    source.open(url);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(nameOf(loaded, 0), u"Ada Remote"_s);
    QVERIFY(source.notes().join(u' ').contains(u"Copy from just now, asking for a newer one"_s));
    QTRY_COMPARE(server.server().log().size(), 2);
    QCOMPARE(server.server().log().at(1).headers.value("if-none-match"), "\"v1\"");
    QTRY_VERIFY(source.notes().join(u' ').contains(u"Up to date at"_s));
    // 304 Not Modified: nothing new to show.
    QTest::qWait(100);
    QCOMPARE(loaded.size(), 1);
}

void TestPortfolioSource::sendsTheDateBackWithoutAnEtag()
{
    FileServer server;
    const QByteArray date = "Mon, 30 Nov 2026 08:00:00 GMT";
    server.files.insert("/p.json", {portfolio("Ada Dated"), "Last-Modified: " + date + "\r\n"});
    const QUrl url = server.url(u"/p.json"_s);
    QVERIFY(downloadOnce(url));
    PortfolioSource source;
    QSignalSpy loaded(&source, &PortfolioSource::loaded);
    source.open(url);
    QTRY_COMPARE(server.server().log().size(), 2);
    QCOMPARE(server.server().log().at(1).headers.value("if-modified-since"), date);
    QVERIFY(!server.server().log().at(1).headers.contains("if-none-match"));
    QTRY_VERIFY(source.notes().join(u' ').contains(u"Up to date at"_s));
    QCOMPARE(loaded.size(), 1);
}

void TestPortfolioSource::showsTheCopyAtOnceThenTheNewVersion()
{
    FileServer server;
    server.files.insert("/portfolio.json", {portfolio("Ada One"), "ETag: \"1\"\r\n"});
    const QUrl url = server.url(u"/portfolio.json"_s);
    QVERIFY(downloadOnce(url));
    server.files.insert("/portfolio.json", {portfolio("Ada Two"), "ETag: \"2\"\r\n"});
    {
        PortfolioSource source;
        QSignalSpy loaded(&source, &PortfolioSource::loaded);
        source.open(url);
        QCOMPARE(nameOf(loaded, 0), u"Ada One"_s);
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(nameOf(loaded, 1), u"Ada Two"_s);
        QCOMPARE(loaded.at(1).at(2).toBool(), true);
    }
    // The new version is the copy now.
    server.server().close();
    PortfolioSource source;
    QSignalSpy loaded(&source, &PortfolioSource::loaded);
    source.open(url);
    QCOMPARE(nameOf(loaded, 0), u"Ada Two"_s);
}

void TestPortfolioSource::brokenDownloadNeverReplacesTheCopy()
{
    FileServer server;
    server.files.insert("/portfolio.json", {portfolio("Ada Good"), "ETag: \"good\"\r\n"});
    const QUrl url = server.url(u"/portfolio.json"_s);
    QVERIFY(downloadOnce(url));
    // Cut off halfway, as a proxy or a full disk on the server might.
    const QByteArray good = portfolio("Ada Newer");
    server.files.insert("/portfolio.json", {good.left(good.size() / 2), "ETag: \"broken\"\r\n"});
    {
        PortfolioSource source;
        QSignalSpy loaded(&source, &PortfolioSource::loaded);
        QSignalSpy failed(&source, &PortfolioSource::failed);
        source.open(url);
        QCOMPARE(loaded.size(), 1);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(1).toBool(), true);
        QVERIFY(!problemsOf(failed.at(0)).isEmpty());
        QCOMPARE(loaded.size(), 1);
        const QString notes = source.notes().join(u' ');
        QVERIFY2(notes.contains(u"could not be updated (the download is broken)"_s), qPrintable(notes));
    }
    // The good copy is still the one kept, and the next check asks with its ETag.
    PortfolioSource source;
    QSignalSpy loaded(&source, &PortfolioSource::loaded);
    source.open(url);
    QCOMPARE(nameOf(loaded, 0), u"Ada Good"_s);
    QTRY_COMPARE(server.server().log().size(), 3);
    QCOMPARE(server.server().log().at(2).headers.value("if-none-match"), "\"good\"");
}

void TestPortfolioSource::serverGoneShowsTheCopyWithItsAge()
{
    auto server = std::make_unique<FileServer>();
    const QUrl url = server->url(u"/portfolio.json"_s);
    // A copy fetched three days ago.
    QVERIFY(SourceCache().store(url, {portfolio("Ada Cached"), "\"old\"", {},
                                      QDateTime::currentDateTimeUtc().addDays(-3)}));
    server.reset();

    PortfolioSource source;
    QSignalSpy loaded(&source, &PortfolioSource::loaded);
    QSignalSpy failed(&source, &PortfolioSource::failed);
    source.open(url);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(nameOf(loaded, 0), u"Ada Cached"_s);
    QTRY_VERIFY(source.notes().join(u' ').contains(u"could not be updated"_s));
    const QString notes = source.notes().join(u' ');
    QVERIFY2(notes.contains(u"Copy from 3 days ago: "_s), qPrintable(notes));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(loaded.size(), 1);
}

void TestPortfolioSource::nothingToShowWithoutServerOrCopy_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("serverUp");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no server") << u"/portfolio.json"_s << false << u"cannot be downloaded"_s;
    QTest::newRow("404") << u"/missing.json"_s << true << u"cannot be downloaded: HTTP 404"_s;
    QTest::newRow("an error page") << u"/page.html"_s << true << u"not valid JSON"_s;
    QTest::newRow("too slow") << u"/slow.json"_s << true << u"timed out"_s;
}

void TestPortfolioSource::nothingToShowWithoutServerOrCopy()
{
    QFETCH(QString, path);
    QFETCH(bool, serverUp);
    QFETCH(QString, reason);
    FileServer server;
    server.files.insert("/page.html", {"<html><body>Moved</body></html>", "Content-Type: text/html\r\n"});
    const QUrl url = server.url(path);
    if (!serverUp) {
        server.server().close();
    }
    QTcpSocket *held = nullptr;
    ScriptedServer slow([&held](QTcpSocket *socket, const ScriptedServer::Request &) {
        held = socket; // answers nothing
    });
    PortfolioSource source;
    source.setTimeout(std::chrono::milliseconds(300));
    QSignalSpy loaded(&source, &PortfolioSource::loaded);
    QSignalSpy failed(&source, &PortfolioSource::failed);
    source.open(path == u"/slow.json"_s ? QUrl(slow.url(path)) : url);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20'000);
    QCOMPARE(failed.at(0).at(1).toBool(), false);
    const QString problems = problemsOf(failed.at(0));
    QVERIFY2(problems.contains(reason), qPrintable(problems));
    QCOMPARE(loaded.size(), 0);
    QVERIFY(!SourceCache().load(url));
}

void TestPortfolioSource::readsRemoteBibliographies()
{
    FileServer server;
    server.files.insert("/lab/portfolio.json",
                        {portfolio("Ada Bib", "\"bibliographies\": [\"papers.bib\", \"missing.bib\", "
                                              "\"file:///etc/hostname\"], "),
                         "ETag: \"p\"\r\n"});
    server.files.insert("/lab/papers.bib",
                        {"@inproceedings{remote, title={Remote Paper}, author={B{\\'i}b, Ada and Other, Person}, "
                         "year=2025, preview={remote.png}}\n@misc{own, title={Same id as the portfolio's}}",
                         "ETag: \"b\"\r\n"});
    server.files.insert("/extra.bib", {"@article{extra, title={Extra}, year=2020}", {}});
    PortfolioSource source;
    source.setBibliographies({server.url(u"/extra.bib"_s).toString()});
    QSignalSpy loaded(&source, &PortfolioSource::loaded);
    source.open(server.url(u"/lab/portfolio.json"_s));
    // Versions follow as the files arrive; the last one has them all.
    QTRY_VERIFY(!loaded.isEmpty() && idsOf(loaded, loaded.size() - 1).size() == 3);
    QTest::qWait(200);
    const qsizetype last = loaded.size() - 1;
    QCOMPARE(idsOf(loaded, last), QStringList({u"own"_s, u"remote"_s, u"extra"_s}));
    const Portfolio shown = loaded.at(last).at(0).value<Portfolio>();
    QCOMPARE(shown.publications.at(1).thumbnail, server.url(u"/lab/remote.png"_s).toString());
    // The profile's name marks the owner among the authors, accents aside.
    QCOMPARE(shown.publications.at(1).authors.size(), 2);
    QCOMPARE(shown.publications.at(1).authors.at(0).name, u"Ada Bíb"_s);
    QVERIFY(shown.publications.at(1).authors.at(0).owner);
    QVERIFY(!shown.publications.at(1).authors.at(1).owner);
    QVERIFY(shown.bibliographies.isEmpty());
    const QString warnings = problemsOf({loaded.at(last).at(1)});
    QVERIFY2(warnings.contains(u"bibliographies[2]: a portfolio from the web may name only http and https"_s),
             qPrintable(warnings));
    QVERIFY2(warnings.contains(u"missing.bib: cannot be downloaded: HTTP 404"_s), qPrintable(warnings));
    QVERIFY2(warnings.contains(u"papers.bib own: skipped"_s), qPrintable(warnings));

    // Offline, the BibTeX files come from their copies too.
    server.server().close();
    PortfolioSource offline;
    offline.setBibliographies({server.url(u"/extra.bib"_s).toString()});
    QSignalSpy offlineLoaded(&offline, &PortfolioSource::loaded);
    offline.open(server.url(u"/lab/portfolio.json"_s));
    QCOMPARE(offlineLoaded.size(), 1);
    QCOMPARE(idsOf(offlineLoaded, 0), QStringList({u"own"_s, u"remote"_s, u"extra"_s}));
    QTRY_COMPARE(offline.notes().filter(u"could not be updated"_s).size(), 3);
}

void TestPortfolioSource::refreshAsksAgain()
{
    FileServer server;
    server.files.insert("/portfolio.json", {portfolio("Ada Before"), "ETag: \"a\"\r\n"});
    PortfolioSource source;
    QSignalSpy loaded(&source, &PortfolioSource::loaded);
    source.open(server.url(u"/portfolio.json"_s));
    QTRY_COMPARE(loaded.size(), 1);
    server.files.insert("/portfolio.json", {portfolio("Ada After"), "ETag: \"b\"\r\n"});
    source.refresh();
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(nameOf(loaded, 1), u"Ada After"_s);
    QCOMPARE(loaded.at(1).at(2).toBool(), true);
    QCOMPARE(server.server().log().at(1).headers.value("if-none-match"), "\"a\"");
}

QTEST_GUILESS_MAIN(TestPortfolioSource)
#include "tst_portfoliosource.moc"
