#include "CoverGenerator.h"

#include <QSet>
#include <QTest>

class TestCoverGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizeAndRatio_data();
    void sizeAndRatio();
    void deterministic();
    void venueGivesTheColour();
    void longTitleStaysInside();
    void emptySize();

private:
    static const QString Title;
};

const QString TestCoverGenerator::Title =
    QStringLiteral("Motion-Aware Caching for Efficient Autoregressive Video Generation");

void TestCoverGenerator::sizeAndRatio_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("list") << QSize(96, 72) << 1.0;
    QTest::newRow("list, high density") << QSize(96, 72) << 2.0;
    QTest::newRow("detail pane") << QSize(320, 240) << 1.0;
    QTest::newRow("detail pane, fractional") << QSize(320, 240) << 1.5;
}

void TestCoverGenerator::sizeAndRatio()
{
    QFETCH(QSize, size);
    QFETCH(qreal, ratio);
    const QImage cover = CoverGenerator::paint(Title, QStringLiteral("ICML"), size, ratio);
    QCOMPARE(cover.size(), size * ratio);
    QCOMPARE(cover.devicePixelRatio(), ratio);
    QCOMPARE(cover.deviceIndependentSize(), QSizeF(size));
    // Not blank: a background with text on it has many colours, white among them.
    QSet<QRgb> colours;
    bool white = false;
    for (int y = 0; y < cover.height(); ++y) {
        for (int x = 0; x < cover.width(); ++x) {
            colours.insert(cover.pixel(x, y));
            white = white || cover.pixel(x, y) == qRgb(255, 255, 255);
        }
    }
    QVERIFY(colours.size() > 10);
    QVERIFY(white);
}

void TestCoverGenerator::deterministic()
{
    const QImage first = CoverGenerator::paint(Title, QStringLiteral("ICML"), QSize(96, 72), 2);
    QCOMPARE(CoverGenerator::paint(Title, QStringLiteral("ICML"), QSize(96, 72), 2), first);
    QVERIFY(CoverGenerator::paint(QStringLiteral("Another title"), QStringLiteral("ICML"), QSize(96, 72), 2) != first);
}

void TestCoverGenerator::venueGivesTheColour()
{
    // The top right corner is background only: no text reaches it.
    const auto corner = [](const QString &title, const QString &venue) {
        const QImage cover = CoverGenerator::paint(title, venue, QSize(96, 72), 1);
        return cover.pixel(cover.width() - 1, 0);
    };
    QCOMPARE(corner(Title, QStringLiteral("ICML")), corner(QStringLiteral("Another title"), QStringLiteral("ICML")));
    QVERIFY(corner(Title, QStringLiteral("ICML")) != corner(Title, QStringLiteral("ECCV")));
    QVERIFY(corner(Title, QStringLiteral("ECCV")) != corner(Title, QStringLiteral("arXiv")));
}

void TestCoverGenerator::longTitleStaysInside()
{
    // Elided rather than drawn past the margins: the bottom rows stay background.
    const QString title = QStringLiteral("A Title Long Enough That No Size Between Largest And Smallest Could Fit "
                                         "It Inside A Cover This Small, Which Therefore Has To Be Elided");
    const QImage cover = CoverGenerator::paint(title, QStringLiteral("AAAI"), QSize(96, 72), 1);
    const QImage empty = CoverGenerator::paint(QString(), QStringLiteral("AAAI"), QSize(96, 72), 1);
    for (int x = 0; x < cover.width(); ++x) {
        QCOMPARE(cover.pixel(x, cover.height() - 2), empty.pixel(x, empty.height() - 2));
    }
    QVERIFY(cover != empty);
}

void TestCoverGenerator::emptySize()
{
    QVERIFY(CoverGenerator::paint(Title, QStringLiteral("ICML"), QSize(), 1).isNull());
    QVERIFY(CoverGenerator::paint(Title, QStringLiteral("ICML"), QSize(96, 72), 0).isNull());
}

QTEST_MAIN(TestCoverGenerator)
#include "tst_covergenerator.moc"
