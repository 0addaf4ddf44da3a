#include "SvgIconEngine.h"

#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const auto Normal = QStringLiteral(":/icons/news.svg");
const auto Selected = QStringLiteral(":/icons/selected/news.svg");

// What QSvgRenderer itself draws of a file at a size, the reference for every comparison.
QImage rendered(const QString &file, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    QSvgRenderer(file).render(&painter, QRectF(QPointF(), size));
    return image;
}

QImage image(const QPixmap &pixmap)
{
    return pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += qAlpha(image.pixel(x, y)) > 0;
        }
    }
    return count;
}

} // namespace

class TestSvgIconEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsAsQtsSvgEngine_data();
    void drawsAsQtsSvgEngine();
    void modesDrawTheirFiles();
    void disabledIsFaded();
    void keepsTheAspectRatio();
    void paintsSharpOnDenseScreens();
    void missingFileIsNull();
};

void TestSvgIconEngine::drawsAsQtsSvgEngine_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 22, 32, 64}) {
        QTest::addRow("%d", size) << size;
    }
}

void TestSvgIconEngine::drawsAsQtsSvgEngine()
{
    QFETCH(int, size);
    const QIcon ours = SvgIconEngine::icon(Normal);
    const QIcon qts(Normal);
    const QImage drawn = image(ours.pixmap(size));
    QCOMPARE(drawn.size(), QSize(size, size));
    QVERIFY(opaquePixels(drawn) > size); // something is drawn, not a blank square
    QCOMPARE(drawn, image(qts.pixmap(size)));
    QCOMPARE(drawn, rendered(Normal, QSize(size, size)));
    // Asked again, the same pixels; and a copy of the icon draws the same.
    QCOMPARE(image(ours.pixmap(size)), drawn);
    const QIcon copy = ours;
    QCOMPARE(image(copy.pixmap(size)), drawn);
}

void TestSvgIconEngine::modesDrawTheirFiles()
{
    QIcon icon = SvgIconEngine::icon(Normal);
    icon.addFile(Selected, QSize(), QIcon::Selected);
    const QSize size(24, 24);
    QCOMPARE(image(icon.pixmap(size, QIcon::Selected)), rendered(Selected, size));
    QCOMPARE(image(icon.pixmap(size, QIcon::Normal)), rendered(Normal, size));
    // Modes without a file of their own draw the normal one.
    QCOMPARE(image(icon.pixmap(size, QIcon::Active)), rendered(Normal, size));
    QVERIFY(rendered(Selected, size) != rendered(Normal, size));
}

void TestSvgIconEngine::disabledIsFaded()
{
    const QIcon icon = SvgIconEngine::icon(Normal);
    const QImage normal = image(icon.pixmap(32, QIcon::Normal));
    const QImage disabled = image(icon.pixmap(32, QIcon::Disabled));
    QCOMPARE(disabled.size(), normal.size());
    QCOMPARE(opaquePixels(disabled), opaquePixels(normal));
    int checked = 0;
    for (int y = 0; y < normal.height(); ++y) {
        for (int x = 0; x < normal.width(); ++x) {
            const int alpha = qAlpha(normal.pixel(x, y));
            if (alpha == 255) {
                QVERIFY(qAbs(qAlpha(disabled.pixel(x, y)) - 85) <= 1);
                ++checked;
            }
        }
    }
    QVERIFY(checked > 0);
}

void TestSvgIconEngine::keepsTheAspectRatio()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("wide.svg"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"(<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20">)"
              R"(<rect width="40" height="20" fill="#4f7cac"/></svg>)");
    out.close();
    const QIcon icon = SvgIconEngine::icon(file);
    QCOMPARE(icon.actualSize(QSize(32, 32)), QSize(32, 16));
    QCOMPARE(icon.pixmap(QSize(32, 32)).size(), QSize(32, 16));
    // Painted into a square, centred in it.
    QImage square(32, 32, QImage::Format_ARGB32_Premultiplied);
    square.fill(Qt::transparent);
    QPainter painter(&square);
    icon.paint(&painter, square.rect());
    painter.end();
    QCOMPARE(qAlpha(square.pixel(16, 4)), 0);
    QCOMPARE(qAlpha(square.pixel(16, 16)), 255);
    QCOMPARE(qAlpha(square.pixel(16, 28)), 0);
}

void TestSvgIconEngine::paintsSharpOnDenseScreens()
{
    const QIcon icon = SvgIconEngine::icon(Normal);
    QImage dense(48, 48, QImage::Format_ARGB32_Premultiplied);
    dense.setDevicePixelRatio(2);
    dense.fill(Qt::transparent);
    QPainter painter(&dense);
    icon.paint(&painter, QRect(0, 0, 24, 24));
    painter.end();
    QImage expected = rendered(Normal, QSize(48, 48));
    dense.setDevicePixelRatio(1);
    QCOMPARE(dense, expected);
}

void TestSvgIconEngine::missingFileIsNull()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Cannot open file.*no-such-icon")));
    QVERIFY(SvgIconEngine::icon(QStringLiteral(":/icons/no-such-icon.svg")).isNull());
    QVERIFY(!SvgIconEngine::icon(Normal).isNull());
}

QTEST_MAIN(TestSvgIconEngine)
#include "tst_svgiconengine.moc"
