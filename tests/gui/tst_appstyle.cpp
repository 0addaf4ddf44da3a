#include "AppStyle.h"
#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QScrollBar>
#include <QSemaphore>
#include <QStyleFactory>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

#include <atomic>

namespace {

QImage rendered(QWidget *widget, qreal ratio)
{
    QImage image(widget->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    widget->render(&image);
    return image;
}

} // namespace

class TestAppStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    // First, before anything else in this process can load the plugins.
    void menuBarLoadsNoImagePlugin();
    void scrollBarsLookAsTheBaseStyleDraws();
    void scrollBarsArePaintedOnTheGuiThread();
    void everyThemeDrawsThroughAppStyle();

private:
    QString m_platformStyle;
};

void TestAppStyle::initTestCase()
{
    m_platformStyle = QApplication::style()->name();
}

void TestAppStyle::menuBarLoadsNoImagePlugin()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly)) {
        QSKIP("needs /proc/self/maps to tell which libraries are loaded");
    }
    // The menu bar asks for the icon as it is made, so the style has to be the application's.
    Theme::apply(Theme::Mode::System);
    QMenuBar menuBar;
    menuBar.addMenu(QStringLiteral("&File"));
    auto *extension = menuBar.findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
    QVERIFY(extension);
    QVERIFY(!extension->icon().isNull());
    const QImage dots = extension->icon().pixmap(QSize(16, 16)).toImage();
    int opaque = 0;
    for (int x = 0; x < dots.width(); ++x) {
        opaque += qAlpha(dots.pixel(x, dots.height() / 2)) > 0;
    }
    QVERIFY2(opaque >= 6, qPrintable(QString::number(opaque)));
    QVERIFY(!maps.readAll().contains("/imageformats/"));
}

void TestAppStyle::scrollBarsLookAsTheBaseStyleDraws()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    AppStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    QScrollBar bar(Qt::Vertical);
    bar.setRange(0, 1000);
    bar.setPageStep(300);
    bar.setValue(250);
    // Tall enough for the groove and the handle to take several bands, and an uneven last one.
    bar.resize(16, 613);
    for (const qreal ratio : {1.0, 2.0}) {
        bar.setStyle(fusion);
        const QImage expected = rendered(&bar, ratio);
        bar.setStyle(&style);
        QCOMPARE(rendered(&bar, ratio), expected);
    }
    delete fusion;
}

void TestAppStyle::scrollBarsArePaintedOnTheGuiThread()
{
    // Every thread of the pool waits until the paint is done, or five seconds: a paint that
    // hands work to the pool waits as long, and the timeout tells.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    QSemaphore started;
    QSemaphore painted;
    std::atomic<bool> timedOut = false;
    for (int i = 0; i < threads; ++i) {
        pool->start([&] {
            started.release();
            if (!painted.tryAcquire(1, 5000)) {
                timedOut = true;
            }
        });
    }
    started.acquire(threads);
    AppStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    QScrollBar bar(Qt::Vertical);
    bar.setStyle(&style);
    bar.setRange(0, 1000);
    bar.setPageStep(300);
    bar.resize(16, 900);
    for (const qreal ratio : {1.0, 2.0}) {
        rendered(&bar, ratio);
    }
    painted.release(threads);
    pool->waitForDone();
    QVERIFY(!timedOut);
}

void TestAppStyle::everyThemeDrawsThroughAppStyle()
{
    for (const Theme::Mode mode : {Theme::Mode::Dark, Theme::Mode::Light, Theme::Mode::System}) {
        Theme::apply(mode);
        auto *style = qobject_cast<AppStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name(), mode == Theme::Mode::System ? m_platformStyle : QStringLiteral("fusion"));
    }
}

QTEST_MAIN(TestAppStyle)
#include "tst_appstyle.moc"
