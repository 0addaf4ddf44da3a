#include "JsonLocator.h"

#include <QTest>

class TestJsonLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsPaths();
    void findsNestedValues();
    void countsCharactersNotBytes();
    void handlesEscapedKeysAndEmptyContainers();
};

void TestJsonLocator::buildsPaths()
{
    QCOMPARE(JsonLocator::keyPath({}, u"publications"), QStringLiteral("publications"));
    QCOMPARE(JsonLocator::keyPath(JsonLocator::indexPath(QStringLiteral("publications"), 3), u"year"),
             QStringLiteral("publications[3].year"));
}

void TestJsonLocator::findsNestedValues()
{
    const QByteArray json = "{\n"
                            "  \"a\": [1, {\"b\": \"x\"}],\n"
                            "  \"c\": {\"d\": [[], [true, null]]}\n"
                            "}\n";
    const auto found = JsonLocator::locate(json, {QStringLiteral("a[1].b"), QStringLiteral("c.d[1][1]"),
                                                  QStringLiteral("c"), QStringLiteral("a[0]"),
                                                  QStringLiteral("missing")});
    QCOMPARE(found.size(), 4);
    QCOMPARE(found[QStringLiteral("a[0]")].line, 2);
    QCOMPARE(found[QStringLiteral("a[0]")].column, 9);
    QCOMPARE(found[QStringLiteral("a[1].b")].column, 18);
    QCOMPARE(found[QStringLiteral("c")].line, 3);
    QCOMPARE(found[QStringLiteral("c")].column, 8);
    QCOMPARE(found[QStringLiteral("c.d[1][1]")].column, 26);
}

void TestJsonLocator::countsCharactersNotBytes()
{
    // "名字" is six bytes but two characters.
    const QByteArray json = "{\"名字\": \"é\", \"x\": 1}";
    const auto found = JsonLocator::locate(json, {QStringLiteral("x")});
    QCOMPARE(found[QStringLiteral("x")].column, 18);
}

void TestJsonLocator::handlesEscapedKeysAndEmptyContainers()
{
    const QByteArray json = R"({"q\"uote": {}, "e": [], "s": "a,]}\"b", "t": 2})";
    const auto found = JsonLocator::locate(json, {QStringLiteral("q\"uote"), QStringLiteral("t")});
    QCOMPARE(found[QStringLiteral("q\"uote")].column, 13);
    QCOMPARE(found[QStringLiteral("t")].column, 47);
}

QTEST_APPLESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
