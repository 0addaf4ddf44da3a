#include "PartialDate.h"

#include <QTest>

class TestPartialDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEachPrecision_data();
    void parsesEachPrecision();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void ordersCoarserFirst();
    void displaysInLocale();
};

void TestPartialDate::parsesEachPrecision_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PartialDate::Precision>("precision");
    QTest::newRow("year") << QStringLiteral("2026") << PartialDate::Precision::Year;
    QTest::newRow("month") << QStringLiteral("2026-05") << PartialDate::Precision::Month;
    QTest::newRow("day") << QStringLiteral("2026-06-06") << PartialDate::Precision::Day;
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << PartialDate::Precision::Day;
}

void TestPartialDate::parsesEachPrecision()
{
    QFETCH(QString, text);
    QFETCH(PartialDate::Precision, precision);
    const std::optional<PartialDate> date = PartialDate::fromString(text);
    QVERIFY(date);
    QCOMPARE(date->precision(), precision);
    QCOMPARE(date->toString(), text);
}

void TestPartialDate::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"", "26", "2026-5", "2026-13", "2026-00", "2025-02-29", "2026-05-32", "May 2026",
                             "2026-05-01T00:00", "0000", " 2026"}) {
        QTest::newRow(text) << QString::fromLatin1(text);
    }
}

void TestPartialDate::rejectsMalformed()
{
    QFETCH(QString, text);
    QVERIFY(!PartialDate::fromString(text));
}

void TestPartialDate::ordersCoarserFirst()
{
    const auto year = *PartialDate::fromString(u"2026");
    const auto may = *PartialDate::fromString(u"2026-05");
    const auto april = *PartialDate::fromString(u"2026-04");
    const auto mayFirst = *PartialDate::fromString(u"2026-05-01");
    QVERIFY(year < april);
    QVERIFY(april < may);
    QVERIFY(may < mayFirst);
    QVERIFY(*PartialDate::fromString(u"2025-12-31") < year);
}

void TestPartialDate::displaysInLocale()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(PartialDate::fromString(u"2026-05")->toDisplayString(english), QStringLiteral("May 2026"));
    QCOMPARE(PartialDate::fromString(u"2026")->toDisplayString(english), QStringLiteral("2026"));
    QCOMPARE(PartialDate().toDisplayString(english), QString());
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    QVERIFY(PartialDate::fromString(u"2026-05")->toDisplayString(chinese).contains(u"2026"));
}

QTEST_APPLESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
