#include "ThumbnailDecoder.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray encode(const QSize &size, QImage::Format format, const char *fileFormat)
{
    QImage image(size, format);
    image.fill(QColor(0x33, 0x66, 0x99, 0x80));
    // A text chunk before the pixels, as cameras and editors write, which the PNG check walks past.
    image.setText(u"Comment"_s, u"a thumbnail"_s);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, fileFormat);
    return bytes;
}

// A PNG whose text chunk declares 2 GiB and holds a few bytes, as a fuzzer found: libpng would
// allocate the 2 GiB before finding the data missing.
QByteArray overstatedTextChunk()
{
    QByteArray bytes = encode(QSize(8, 6), QImage::Format_RGB32, "PNG");
    const qsizetype afterHeader = 8 + 25;
    bytes.truncate(afterHeader);
    bytes += QByteArray::fromHex("7fffffff") + "tEXtComment" + '\0' + "not 2 GiB of text";
    return bytes;
}

} // namespace

class TestThumbnailDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decoded_data();
    void decoded();
    void refused_data();
    void refused();
};

void TestThumbnailDecoder::decoded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QImage::Format>("format");
    QTest::newRow("small PNG") << encode(QSize(40, 30), QImage::Format_RGB32, "PNG") << QSize(40, 30)
                               << QImage::Format_RGB32;
    QTest::newRow("PNG with alpha") << encode(QSize(40, 30), QImage::Format_ARGB32, "PNG") << QSize(40, 30)
                                    << QImage::Format_ARGB32_Premultiplied;
    QTest::newRow("large PNG") << encode(QSize(3000, 1500), QImage::Format_RGB32, "PNG") << QSize(1024, 512)
                               << QImage::Format_RGB32;
    QTest::newRow("large JPEG") << encode(QSize(1500, 3000), QImage::Format_RGB32, "JPEG") << QSize(512, 1024)
                                << QImage::Format_RGB32;
    // Fitted into 1,024 pixels the short side rounds to nothing; it is kept at one pixel.
    QTest::newRow("wide PNG") << encode(QSize(4000, 1), QImage::Format_RGB32, "PNG") << QSize(1024, 1)
                              << QImage::Format_RGB32;
    QTest::newRow("tall PNG") << encode(QSize(1, 4000), QImage::Format_ARGB32, "PNG") << QSize(1, 1024)
                              << QImage::Format_ARGB32_Premultiplied;
    QTest::newRow("wide JPEG") << encode(QSize(4000, 3), QImage::Format_RGB32, "JPEG") << QSize(1024, 1)
                               << QImage::Format_RGB32;
}

void TestThumbnailDecoder::decoded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QSize, size);
    QFETCH(QImage::Format, format);
    QVERIFY(!bytes.isEmpty());
    const ThumbnailDecoder::Result result = ThumbnailDecoder::decode(bytes);
    QVERIFY2(result.failureReason.isEmpty(), qPrintable(result.failureReason));
    QCOMPARE(result.image.size(), size);
    QCOMPARE(result.image.format(), format);
}

void TestThumbnailDecoder::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QFile huge(QStringLiteral(TEST_DATA_DIR "/thumbnails/100000x100000.png"));
    QVERIFY(huge.open(QIODevice::ReadOnly));
    QTest::newRow("too many pixels") << huge.readAll() << u"more than"_s;
    QTest::newRow("text") << "not an image"_ba << u"not an image"_s;
    QTest::newRow("PNG chunk longer than the file") << overstatedTextChunk() << u"damaged image"_s;
    QTest::newRow("empty") << QByteArray() << u"not an image"_s;
}

void TestThumbnailDecoder::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const ThumbnailDecoder::Result result = ThumbnailDecoder::decode(bytes);
    QVERIFY(result.image.isNull());
    QVERIFY2(result.failureReason.startsWith(reason), qPrintable(result.failureReason));
}

QTEST_MAIN(TestThumbnailDecoder)
#include "tst_thumbnaildecoder.moc"
