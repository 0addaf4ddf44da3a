#include "ThumbnailProvider.h"

#include "ScriptedServer.h"

#include <QBuffer>
#include <QDir>
#include <QNetworkDiskCache>
#include <QProcess>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using State = ThumbnailProvider::State;

namespace {

QByteArray png(const QSize &size, const QColor &colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/thumbnails/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestThumbnailProvider : public QObject
{
    Q_OBJECT

public:
    enum class Script {
        NotFound,
        Slow,
        Truncated,
        DeclaredTooBig,
        NotAnImage,
        TooManyPixels,
        RedirectLoop,
        RedirectToFile,
    };
    Q_ENUM(Script)

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void realServer();
    void scriptedFailure_data();
    void scriptedFailure();
    void oversizedStreamIsCutOff();
    void unsupportedScheme_data();
    void unsupportedScheme();
    void resource();
    void relativePath();
    void localFailure_data();
    void localFailure();
    void emptyRequests();

private:
    static void answer(Script script, QTcpSocket *socket);
    void stopHttpServer();

    QProcess m_httpServer;
};

void TestThumbnailProvider::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir cache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/thumbnails"_s);
    QVERIFY(cache.removeRecursively());
}

void TestThumbnailProvider::cleanup()
{
    stopHttpServer();
}

void TestThumbnailProvider::stopHttpServer()
{
    if (m_httpServer.state() != QProcess::NotRunning) {
        m_httpServer.kill();
        m_httpServer.waitForFinished(10'000);
    }
}

void TestThumbnailProvider::realServer()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QFile figure(root.filePath(u"figure.png"_s));
    QVERIFY(figure.open(QIODevice::WriteOnly));
    figure.write(png(QSize(400, 300), Qt::darkCyan));
    figure.close();

    // A free port: the system picks one for a server that closes straight away.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    m_httpServer.setStandardOutputFile(QProcess::nullDevice());
    m_httpServer.setStandardErrorFile(QProcess::nullDevice());
    m_httpServer.start(u"python3"_s, {u"-m"_s, u"http.server"_s, u"--bind"_s, u"127.0.0.1"_s, QString::number(port),
                                      u"--directory"_s, root.path()});
    QVERIFY2(m_httpServer.waitForStarted(10'000), qPrintable(m_httpServer.errorString()));
    const auto accepts = [port] {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(1'000);
    };
    QTRY_VERIFY_WITH_TIMEOUT(accepts() || m_httpServer.state() == QProcess::NotRunning, 20'000);
    QCOMPARE(m_httpServer.state(), QProcess::Running);

    const QString source = u"http://127.0.0.1:%1/figure.png"_s.arg(port);
    ThumbnailProvider provider;
    QSignalSpy changed(&provider, &ThumbnailProvider::thumbnailChanged);
    QCOMPARE(provider.state(source), State::Unknown);
    QVERIFY(provider.thumbnail(source, QSize(96, 72), 2).isNull());
    QCOMPARE(provider.state(source), State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20'000);
    QCOMPARE(changed.first().first().toString(), source);
    QCOMPARE(provider.state(source), State::Ready);
    QVERIFY(provider.failureReason(source).isEmpty());

    const QPixmap pixmap = provider.thumbnail(source, QSize(96, 72), 2);
    QCOMPARE(pixmap.size(), QSize(192, 144));
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    QCOMPARE(pixmap.toImage().pixelColor(96, 72), QColor(Qt::darkCyan));
    // A repaint gets the same pixmap back, and starts nothing.
    QCOMPARE(provider.thumbnail(source, QSize(96, 72), 2).cacheKey(), pixmap.cacheKey());
    // Another shape: the image keeps its aspect ratio and fits inside.
    const QPixmap square = provider.thumbnail(source, QSize(96, 96), 1.5);
    QCOMPARE(square.size(), QSize(144, 108));
    QCOMPARE(square.devicePixelRatio(), 1.5);
    QCOMPARE(changed.count(), 1);

    // The download is on disk, where a later run revalidates it instead of downloading it again.
    QNetworkDiskCache diskCache;
    diskCache.setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/thumbnails"_s);
    QVERIFY(diskCache.metaData(QUrl(source)).isValid());
    ThumbnailProvider laterRun;
    QSignalSpy laterChanged(&laterRun, &ThumbnailProvider::thumbnailChanged);
    laterRun.thumbnail(source, QSize(96, 72), 1);
    QTRY_COMPARE_WITH_TIMEOUT(laterChanged.count(), 1, 20'000);
    QCOMPARE(laterRun.state(source), State::Ready);
    QCOMPARE(laterRun.thumbnail(source, QSize(96, 72), 1).size(), QSize(96, 72));
}

void TestThumbnailProvider::answer(Script script, QTcpSocket *socket)
{
    switch (script) {
    case Script::NotFound:
        ScriptedServer::respond(socket, "404 Not Found", "Content-Type: text/html\r\n", "<html><body>Not here</body></html>");
        return;
    case Script::Slow:
        // Headers, then silence with the connection open.
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 1000\r\n\r\n");
        return;
    case Script::Truncated:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 5000\r\n\r\n"
                      + png(QSize(40, 30), Qt::red).left(60));
        socket->disconnectFromHost();
        return;
    case Script::DeclaredTooBig:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 104857600\r\n\r\n"
                      + png(QSize(40, 30), Qt::red));
        return;
    case Script::NotAnImage:
        ScriptedServer::respond(socket, "200 OK", "Content-Type: image/png\r\n", "<!DOCTYPE html><html><body>Hello</body></html>");
        return;
    case Script::TooManyPixels:
        ScriptedServer::respond(socket, "200 OK", "Content-Type: image/png\r\n", readFixture(u"100000x100000.png"_s));
        return;
    case Script::RedirectLoop:
        ScriptedServer::respond(socket, "302 Found", "Location: /thumbnail.png\r\n", {});
        return;
    case Script::RedirectToFile:
        ScriptedServer::respond(socket, "302 Found", "Location: file:///etc/passwd\r\n", {});
        return;
    }
}

void TestThumbnailProvider::scriptedFailure_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qsizetype>("requests");
    QTest::newRow("not found") << Script::NotFound << u"HTTP 404"_s << qsizetype(1);
    QTest::newRow("slow") << Script::Slow << u"timed out"_s << qsizetype(1);
    QTest::newRow("truncated") << Script::Truncated << u"connection closed by the server"_s << qsizetype(1);
    QTest::newRow("declared too big") << Script::DeclaredTooBig << u"larger than 20 MiB"_s << qsizetype(1);
    QTest::newRow("not an image") << Script::NotAnImage << u"not an image"_s << qsizetype(1);
    QTest::newRow("too many pixels") << Script::TooManyPixels << u"pixels"_s << qsizetype(1);
    QTest::newRow("redirect loop") << Script::RedirectLoop << u"too many redirects"_s << qsizetype(6);
    QTest::newRow("redirect to file") << Script::RedirectToFile << u"redirected to an unsupported scheme"_s
                                      << qsizetype(1);
}

void TestThumbnailProvider::scriptedFailure()
{
    QFETCH(Script, script);
    QFETCH(QString, reason);
    QFETCH(qsizetype, requests);

    ScriptedServer server([script](QTcpSocket *socket, const ScriptedServer::Request &request) {
        if (request.path == "/sentinel") {
            ScriptedServer::respond(socket, "404 Not Found", {}, {});
        } else {
            answer(script, socket);
        }
    });
    QVERIFY(server.isListening());
    ThumbnailProvider provider;
    if (script == Script::Slow) {
        provider.setTransferTimeout(std::chrono::milliseconds(300));
    }
    QSignalSpy changed(&provider, &ThumbnailProvider::thumbnailChanged);
    const QString source = server.url(u"/thumbnail.png"_s);
    QVERIFY(provider.thumbnail(source, QSize(96, 72), 1).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20'000);
    QCOMPARE(provider.state(source), State::Failed);
    QVERIFY2(provider.failureReason(source).contains(reason), qPrintable(provider.failureReason(source)));
    QCOMPARE(server.requests("/thumbnail.png"), requests);

    // Asking again, as every repaint does, starts nothing. A request made afterwards, answered
    // by the same server, shows that nothing was sent in between.
    QVERIFY(provider.thumbnail(source, QSize(96, 72), 1).isNull());
    QVERIFY(provider.thumbnail(source, QSize(192, 144), 2).isNull());
    provider.thumbnail(server.url(u"/sentinel"_s), QSize(96, 72), 1);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 20'000);
    QCOMPARE(changed.last().first().toString(), server.url(u"/sentinel"_s));
    QCOMPARE(server.requests("/sentinel"), 1);
    QCOMPARE(server.requests("/thumbnail.png"), requests);
    QCOMPARE(provider.state(source), State::Failed);
}

void TestThumbnailProvider::oversizedStreamIsCutOff()
{
    // Far more than the cap and whatever the socket buffers on both sides may hold.
    constexpr qint64 total = 96 * 1024 * 1024;
    std::atomic<qint64> sent = 0;
    std::atomic<bool> requested = false;
    std::atomic<bool> closed = false;
    QString source;
    QSemaphore listening;
    // The server runs on a thread of its own, so it goes on sending while this thread is busy,
    // as the GUI thread may be; Qt's network thread must not take in all that arrives meanwhile.
    const std::unique_ptr<QThread> serverThread(QThread::create([&] {
        ScriptedServer server([&](QTcpSocket *socket, const ScriptedServer::Request &) {
            requested = true;
            // No Content-Length: only counting what arrives can stop it.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n");
            const QByteArray chunk(256 * 1024, 'x');
            const auto more = [socket, chunk, &sent] {
                if (sent >= total) {
                    socket->disconnectFromHost();
                } else if (socket->bytesToWrite() < chunk.size()) {
                    socket->write(chunk);
                    sent += chunk.size();
                }
            };
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [&closed] { closed = true; });
            more();
        });
        if (server.isListening()) {
            source = server.url(u"/huge.png"_s);
        }
        listening.release();
        QEventLoop().exec();
    }));
    serverThread->start();
    const auto stopServer = qScopeGuard([&serverThread] {
        serverThread->quit();
        serverThread->wait();
    });
    listening.acquire();
    QVERIFY(!source.isEmpty());

    ThumbnailProvider provider;
    QSignalSpy changed(&provider, &ThumbnailProvider::thumbnailChanged);
    provider.thumbnail(source, QSize(96, 72), 1);
    QTRY_VERIFY_WITH_TIMEOUT(requested, 20'000);
    // Long enough for the whole stream over the loopback interface, were nothing holding it back.
    QThread::msleep(1'500);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30'000);
    QCOMPARE(provider.state(source), State::Failed);
    QCOMPARE(provider.failureReason(source), u"larger than 20 MiB"_s);
    QTRY_VERIFY_WITH_TIMEOUT(closed, 20'000);
    QVERIFY2(sent < total / 2, qPrintable(QString::number(sent)));
}

void TestThumbnailProvider::unsupportedScheme_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("ftp") << u"ftp://127.0.0.1/thumbnail.png"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("data") << u"data://image/png;base64,iVBORw0KGgo="_s;
}

void TestThumbnailProvider::unsupportedScheme()
{
    QFETCH(QString, source);
    ThumbnailProvider provider;
    QSignalSpy changed(&provider, &ThumbnailProvider::thumbnailChanged);
    QVERIFY(provider.thumbnail(source, QSize(96, 72), 1).isNull());
    // Even a failure known at once is reported later, never from inside thumbnail().
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5'000);
    QCOMPARE(provider.state(source), State::Failed);
    QVERIFY2(provider.failureReason(source).startsWith(u"unsupported scheme"),
             qPrintable(provider.failureReason(source)));
}

void TestThumbnailProvider::resource()
{
    ThumbnailProvider provider;
    // Resource paths are absolute: the base directory plays no part.
    provider.setBaseDirectory(QDir::tempPath());
    QSignalSpy changed(&provider, &ThumbnailProvider::thumbnailChanged);
    const QString source = u":/tests/thumbnails/cover.png"_s;
    QVERIFY(provider.thumbnail(source, QSize(96, 72), 1).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10'000);
    QCOMPARE(provider.state(source), State::Ready);
    // 40 x 30, scaled up to fill the size; blue on the left, orange on the right.
    const QImage image = provider.thumbnail(source, QSize(96, 72), 1.25).toImage();
    QCOMPARE(image.size(), QSize(120, 90));
    QCOMPARE(image.devicePixelRatio(), 1.25);
    QCOMPARE(image.pixelColor(10, 45), QColor(40, 90, 170));
    QCOMPARE(image.pixelColor(110, 45), QColor(230, 140, 40));
}

void TestThumbnailProvider::relativePath()
{
    ThumbnailProvider provider;
    provider.setBaseDirectory(QStringLiteral(TEST_DATA_DIR));
    QSignalSpy changed(&provider, &ThumbnailProvider::thumbnailChanged);
    const QString source = u"thumbnails/cover.png"_s;
    provider.thumbnail(source, QSize(96, 72), 1);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10'000);
    QCOMPARE(provider.state(source), State::Ready);
    QCOMPARE(provider.thumbnail(source, QSize(48, 48), 2).size(), QSize(96, 72));

    // Another base directory: the same relative path names another, here missing, file.
    QTemporaryDir elsewhere;
    provider.setBaseDirectory(elsewhere.path());
    QCOMPARE(provider.state(source), State::Unknown);
    QVERIFY(provider.thumbnail(source, QSize(96, 72), 1).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10'000);
    QCOMPARE(provider.state(source), State::Failed);
    QCOMPARE(provider.failureReason(source), u"no such file"_s);
}

void TestThumbnailProvider::localFailure_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing file") << QStringLiteral(TEST_DATA_DIR "/thumbnails/missing.png") << u"no such file"_s;
    QTest::newRow("missing resource") << u":/tests/thumbnails/missing.png"_s << u"no such file"_s;
    QTest::newRow("resource, not an image") << u":/portfolio.json"_s << u"not an image"_s;
    // Only an image header promising 100000 x 100000 pixels: refused before decoding, where
    // decoding would need 40 GB.
    QTest::newRow("too many pixels") << QStringLiteral(TEST_DATA_DIR "/thumbnails/100000x100000.png")
                                     << u"more than"_s;
}

void TestThumbnailProvider::localFailure()
{
    QFETCH(QString, source);
    QFETCH(QString, reason);
    ThumbnailProvider provider;
    QSignalSpy changed(&provider, &ThumbnailProvider::thumbnailChanged);
    QVERIFY(provider.thumbnail(source, QSize(96, 72), 1).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10'000);
    QCOMPARE(provider.state(source), State::Failed);
    QVERIFY2(provider.failureReason(source).startsWith(reason), qPrintable(provider.failureReason(source)));
    QVERIFY(provider.thumbnail(source, QSize(96, 72), 1).isNull());
    QCOMPARE(provider.state(source), State::Failed);
}

void TestThumbnailProvider::emptyRequests()
{
    ThumbnailProvider provider;
    QVERIFY(provider.thumbnail(QString(), QSize(96, 72), 1).isNull());
    QCOMPARE(provider.state(QString()), State::Unknown);
    // An empty size still starts the load, so the image is there when the view has a size.
    const QString source = u":/tests/thumbnails/cover.png"_s;
    QSignalSpy changed(&provider, &ThumbnailProvider::thumbnailChanged);
    QVERIFY(provider.thumbnail(source, QSize(), 1).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10'000);
    QVERIFY(provider.thumbnail(source, QSize(), 1).isNull());
    QVERIFY(!provider.thumbnail(source, QSize(96, 72), 1).isNull());
}

QTEST_MAIN(TestThumbnailProvider)
#include "tst_thumbnailprovider.moc"
