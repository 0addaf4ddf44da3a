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
    void splitsTopLevelList();
    void leavesOtherShapesWhole_data();
    void leavesOtherShapesWhole();
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

void TestJsonLocator::splitsTopLevelList()
{
    // Brackets and quotes inside strings, a byte order mark and white space around the list.
    const QByteArray json = "\xEF\xBB\xBF" R"({"a": [1, {"p": "]"}],
 "list" : [ {"x": "}\""}, {"y": [{}]}
] , "b": 2})";
    const std::optional<JsonLocator::Split> split = JsonLocator::split(json, "list");
    QVERIFY(split);
    QCOMPARE(split->elements, (QList<QByteArrayView>{R"({"x": "}\""})", R"({"y": [{}]})"}));
    QCOMPARE(split->rest, QByteArray("\xEF\xBB\xBF" R"({"a": [1, {"p": "]"}],
 "list" : [] , "b": 2})"));

    const std::optional<JsonLocator::Split> empty = JsonLocator::split(R"({"list": [ ]})", "list");
    QVERIFY(empty);
    QVERIFY(empty->elements.isEmpty());
    QCOMPARE(empty->rest, QByteArray(R"({"list": []})"));
}

void TestJsonLocator::leavesOtherShapesWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no such key") << QByteArray(R"({"other": [{}]})");
    QTest::newRow("not a list") << QByteArray(R"({"list": {}})");
    QTest::newRow("not an object") << QByteArray(R"({"list": [{}, "x"]})");
    QTest::newRow("trailing comma") << QByteArray(R"({"list": [{},]})");
    QTest::newRow("missing comma") << QByteArray(R"({"list": [{} {}]})");
    QTest::newRow("unterminated") << QByteArray(R"({"list": [{"a": "}]})");
    QTest::newRow("twice") << QByteArray(R"({"list": [{}], "list": []})");
    QTest::newRow("escaped key") << QByteArray(R"({"list": [{}], "l\u0069st": []})");
    QTest::newRow("deep") << QByteArray(R"({"list": [{"a": )" + QByteArray(100, '[') + QByteArray(100, ']') + "}]}");
    QTest::newRow("top-level list") << QByteArray(R"([{"list": [{}]}])");
}

void TestJsonLocator::leavesOtherShapesWhole()
{
    QFETCH(QByteArray, json);
    QVERIFY(!JsonLocator::split(json, "list"));
}

QTEST_APPLESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
