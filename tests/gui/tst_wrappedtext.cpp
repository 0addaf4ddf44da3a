#include "WrappingLabel.h"
#include "WrappingLink.h"

#include <QAccessible>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

namespace {

const QStringList Texts{
    QStringLiteral("Songwei Liu is an MLSys optimization expert in the Data-AML Heterogeneous Hardware team at "
                   "ByteDance. He obtained his bachelor's degree from Huazhong University of Science & Technology."),
    QStringLiteral("Short"),
    QStringLiteral("Two lines\nfrom a line feed, and a long one after it that wraps somewhere along the way"),
    QStringLiteral("Averyveryverylongwordthatcannotbebrokenatanyspace and then some words"),
    QStringLiteral("他的团队长期招收实习生，欢迎通过字节跳动内推链接申请，或直接发邮件联系。"),
    QString(),
};

} // namespace

class TestWrappedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelMeasuresAsQLabel_data();
    void labelMeasuresAsQLabel();
    void labelFollowsItsText();
    void labelPaintsAsQLabel();
    void otherLabelsAreQLabels();
    void linkWrapsAndHitsOnlyItsTitle();
    void linkActivatesFromTheKeyboard();
    void linkIsNamed();
};

void TestWrappedText::labelMeasuresAsQLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QMargins>("margins");
    for (int i = 0; i < Texts.size(); ++i) {
        QTest::addRow("text %d", i) << Texts.at(i) << QMargins();
        QTest::addRow("text %d, margins", i) << Texts.at(i) << QMargins(3, 7, 5, 2);
    }
}

void TestWrappedText::labelMeasuresAsQLabel()
{
    QFETCH(QString, text);
    QFETCH(QMargins, margins);
    QLabel plain(text);
    plain.setTextFormat(Qt::PlainText);
    plain.setWordWrap(true);
    plain.setContentsMargins(margins);
    WrappingLabel wrapping(text);
    wrapping.setContentsMargins(margins);
    // Twice each, so an answer remembered is checked as well as one computed.
    for (int round = 0; round < 2; ++round) {
        for (const int width : {0, 1, 40, 105, 233, 480, 1000, 5000}) {
            QCOMPARE(wrapping.heightForWidth(width), plain.heightForWidth(width));
        }
    }
    // As narrow as the longest word; as low as one line, where QLabel is (it counts line feeds).
    QCOMPARE(wrapping.minimumSizeHint().width(), plain.minimumSizeHint().width());
    if (!text.contains(u'\n')) {
        QCOMPARE(wrapping.minimumSizeHint().height(), plain.minimumSizeHint().height());
    }
    if (text.isEmpty()) {
        QCOMPARE(wrapping.sizeHint(), plain.sizeHint());
        return;
    }
    // Lines of at most 80 characters, unlike QLabel, which narrows a text of few lines further.
    const int measure = wrapping.fontMetrics().averageCharWidth() * 80;
    QVERIFY(wrapping.sizeHint().width() <= measure + margins.left() + margins.right());
    QCOMPARE(wrapping.sizeHint().height(), wrapping.heightForWidth(wrapping.sizeHint().width()));
}

void TestWrappedText::labelFollowsItsText()
{
    WrappingLabel label(Texts.first());
    const int before = label.heightForWidth(200);
    label.setText(QStringLiteral("Short"));
    QCOMPARE(label.heightForWidth(200), label.fontMetrics().height());
    label.setText(Texts.first());
    QCOMPARE(label.heightForWidth(200), before);
    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    QVERIFY(label.heightForWidth(200) > before);
    label.setContentsMargins(0, 10, 0, 0);
    QLabel plain(Texts.first());
    plain.setWordWrap(true);
    plain.setFont(larger);
    plain.setContentsMargins(0, 10, 0, 0);
    QCOMPARE(label.heightForWidth(200), plain.heightForWidth(200));
}

void TestWrappedText::labelPaintsAsQLabel()
{
    for (const QString &text : Texts) {
        QLabel plain(text);
        plain.setTextFormat(Qt::PlainText);
        plain.setWordWrap(true);
        WrappingLabel wrapping(text);
        for (const int width : {120, 480}) {
            // Taller than the text too: both centre it.
            for (const int extra : {0, 13}) {
                plain.resize(width, plain.heightForWidth(width) + extra);
                wrapping.resize(plain.size());
                QVERIFY2(wrapping.grab().toImage() == plain.grab().toImage(),
                         qPrintable(QStringLiteral("text %1, %2 wide, %3 higher")
                                        .arg(Texts.indexOf(text))
                                        .arg(width)
                                        .arg(extra)));
            }
        }
    }
}

void TestWrappedText::otherLabelsAreQLabels()
{
    // Rich text is QLabel's to lay out.
    const QString rich = QStringLiteral("<b>Bold</b> and a rather long tail of plain words that wraps");
    QLabel plain(rich);
    plain.setWordWrap(true);
    plain.setTextFormat(Qt::RichText);
    WrappingLabel wrapping(rich);
    wrapping.setTextFormat(Qt::RichText);
    QCOMPARE(wrapping.heightForWidth(120), plain.heightForWidth(120));
    QCOMPARE(wrapping.sizeHint(), plain.sizeHint());
    QCOMPARE(wrapping.minimumSizeHint(), plain.minimumSizeHint());
}

void TestWrappedText::linkWrapsAndHitsOnlyItsTitle()
{
    WrappingLink link(QStringLiteral("A title long enough to wrap onto a second line at a narrow width"),
                      QStringLiteral("ICML 2026 · Oral"));
    const int line = link.fontMetrics().height();
    QCOMPARE(link.heightForWidth(5000), 2 * line);
    QVERIFY(link.heightForWidth(150) >= 3 * line);
    QVERIFY(link.minimumSizeHint().width() < 150);
    link.resize(5000, link.heightForWidth(5000));
    link.show();
    QVERIFY(QTest::qWaitForWindowExposed(&link));
    QSignalSpy clicked(&link, &QAbstractButton::clicked);
    QTest::mouseClick(&link, Qt::LeftButton, {}, QPoint(3, line + line / 2)); // the caption
    QCOMPARE(clicked.size(), 0);
    QTest::mouseClick(&link, Qt::LeftButton, {}, QPoint(4000, line / 2)); // right of the title
    QCOMPARE(clicked.size(), 0);
    QTest::mouseClick(&link, Qt::LeftButton, {}, QPoint(3, line / 2));
    QCOMPARE(clicked.size(), 1);
}

void TestWrappedText::linkActivatesFromTheKeyboard()
{
    WrappingLink link(QStringLiteral("Title"), QStringLiteral("Venue"));
    QVERIFY(link.focusPolicy() & Qt::TabFocus);
    QSignalSpy clicked(&link, &QAbstractButton::clicked);
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter, Qt::Key_Space}) {
        QTest::keyClick(&link, key);
    }
    QCOMPARE(clicked.size(), 3);
}

void TestWrappedText::linkIsNamed()
{
    WrappingLink link(QStringLiteral("Q&A: a title"), QStringLiteral("ACL 2026"));
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(&link);
    QVERIFY(interface);
    // A control a screen reader offers to press, named by its title.
    QCOMPARE(interface->role(), QAccessible::PushButton);
    QVERIFY(interface->actionInterface());
    QVERIFY(interface->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
    QCOMPARE(interface->text(QAccessible::Name), QStringLiteral("Q&A: a title"));
    QCOMPARE(interface->text(QAccessible::Description), QStringLiteral("ACL 2026"));
    // The ampersand is text, not a shortcut.
    QVERIFY(link.shortcut().isEmpty());
}

QTEST_MAIN(TestWrappedText)
#include "tst_wrappedtext.moc"
