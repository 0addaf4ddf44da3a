#include "LinkPolicy.h"

#include <QTest>

class TestLinkPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnlyWebAndMail_data();
    void opensOnlyWebAndMail();
};

void TestLinkPolicy::opensOnlyWebAndMail_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("openable");
    QTest::newRow("https") << QStringLiteral("https://github.com/bytedance/ABQ-LLM") << true;
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8000/x") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:liusongwei.zju@bytedance.com") << true;
    QTest::newRow("empty mailto") << QStringLiteral("mailto:") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<b>x</b>") << false;
    QTest::newRow("custom scheme") << QStringLiteral("steam://run/1") << false;
    QTest::newRow("no host") << QStringLiteral("https:///path") << false;
    QTest::newRow("relative") << QStringLiteral("paper.pdf") << false;
}

void TestLinkPolicy::opensOnlyWebAndMail()
{
    QFETCH(QString, url);
    QFETCH(bool, openable);
    QCOMPARE(LinkPolicy::isOpenable(QUrl(url)), openable);
}

QTEST_APPLESS_MAIN(TestLinkPolicy)
#include "tst_linkpolicy.moc"
