// Painting one vertical scroll bar, as scrolling a page repaints it: Fusion alone against
// AppStyle over Fusion, which paints it in bands to keep the fills off Qt's thread pool.

#include "AppStyle.h"

#include <QImage>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTest>

#include <memory>

class BenchScrollBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paint_data();
    void paint();
};

void BenchScrollBar::paint_data()
{
    QTest::addColumn<bool>("banded");
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("Fusion, scale 1") << false << 1.0;
    QTest::newRow("AppStyle, scale 1") << true << 1.0;
    QTest::newRow("Fusion, scale 2") << false << 2.0;
    QTest::newRow("AppStyle, scale 2") << true << 2.0;
}

void BenchScrollBar::paint()
{
    QFETCH(bool, banded);
    QFETCH(qreal, ratio);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    std::unique_ptr<QStyle> style =
        banded ? std::make_unique<AppStyle>(fusion.release()) : std::move(fusion);
    QScrollBar bar(Qt::Vertical);
    bar.setStyle(style.get());
    bar.setRange(0, 1000);
    bar.setPageStep(300);
    // The Overview's bar in the default window.
    bar.resize(16, 640);
    QImage image(bar.size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    QBENCHMARK {
        bar.render(&image);
    }
}

QTEST_MAIN(BenchScrollBar)
#include "bench_scrollbar.moc"
