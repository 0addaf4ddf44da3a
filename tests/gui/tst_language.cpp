#include "DraftStore.h"
#include "Language.h"
#include "MailComposerDialog.h"
#include "MainWindow.h"

#include "TestEnvironment.h"
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void catalogueIsEmbedded();
    void switchesAtRunTimeAndIsRemembered();
    void composerFollowsUnlessEdited();

private:
    QTemporaryDir m_settingsDir;
};

void TestLanguage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    useTestEnvironment(m_settingsDir.path(), QStringLiteral("tst_language"));
}

void TestLanguage::init()
{
    QSettings().clear();
    Language::apply(QStringLiteral("en"));
}

void TestLanguage::cleanup()
{
    Language::apply(QStringLiteral("en"));
    DraftStore().remove();
}

void TestLanguage::catalogueIsEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/portfolio_zh_CN.qm")));
    QCOMPARE(Language::available(), (QStringList{QStringLiteral("en"), QStringLiteral("zh_CN")}));
    QCOMPARE(Language::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
}

void TestLanguage::switchesAtRunTimeAndIsRemembered()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *sections = window.findChild<QListView *>(QStringLiteral("sectionList"));
    const auto firstMenu = [&] { return window.menuBar()->actions().first()->text(); };
    QCOMPARE(firstMenu(), QStringLiteral("&File"));
    QCOMPARE(sections->model()->index(0, 0).data().toString(), QStringLiteral("Overview"));
    window.showSection(SectionModel::Contact);
    auto *contactButton = window.findChild<QPushButton *>(QStringLiteral("emailButton"));
    QCOMPARE(contactButton->text(), QStringLiteral("Write to liusongwei.zju@bytedance.com"));
    QVERIFY(window.showPublication(QStringLiteral("tcec")));
    auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
    QCOMPARE(count->text(), QStringLiteral("Showing 10 of 10"));

    window.findChild<QAction *>(QStringLiteral("zh_CNLanguageAction"))->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("appearance/language")).toString(), QStringLiteral("zh_CN"));
    // Qt posts LanguageChange to each window, so the new texts arrive with the next events.
    QTRY_COMPARE(firstMenu(), QStringLiteral("文件(&F)"));
    QCOMPARE(sections->model()->index(0, 0).data().toString(), QStringLiteral("概览"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Songwei Liu – 作品集"));
    QCOMPARE(count->text(), QStringLiteral("显示 10 / 10 篇"));
    QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("askButton"))->text(), QStringLiteral("就此论文提问(&A)…"));
    QCOMPARE(window.findChild<QAbstractButton *>(QStringLiteral("sortButton"))->text(), QStringLiteral("排序：最新在前"));
    // The page was rebuilt: find its button again. The portfolio's own text stays as written.
    contactButton = window.findChild<QPushButton *>(QStringLiteral("emailButton"));
    QCOMPARE(contactButton->text(), QStringLiteral("写信给 liusongwei.zju@bytedance.com"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("nameLabel"))->text(), QStringLiteral("Songwei Liu"));

    window.findChild<QAction *>(QStringLiteral("enLanguageAction"))->trigger();
    QTRY_COMPARE(firstMenu(), QStringLiteral("&File"));
    QCOMPARE(sections->model()->index(0, 0).data().toString(), QStringLiteral("Overview"));
    QCOMPARE(count->text(), QStringLiteral("Showing 10 of 10"));
    QCOMPARE(Language::chosen(), QStringLiteral("en"));
}

void TestLanguage::composerFollowsUnlessEdited()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    MailComposerDialog *composer = window.composeInquiry();
    auto *subject = composer->findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
    auto *message = composer->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"));
    QCOMPARE(subject->text(), QStringLiteral("Academic cooperation"));
    subject->setText(QStringLiteral("My own subject"));
    Language::choose(QStringLiteral("zh_CN"));
    QTRY_COMPARE(composer->findChild<QComboBox *>(QStringLiteral("kindCombo"))->currentText(), QStringLiteral("学术合作"));
    QCOMPARE(subject->text(), QStringLiteral("My own subject"));
    QVERIFY2(message->toPlainText().startsWith(QStringLiteral("尊敬的 Songwei Liu：")), qPrintable(message->toPlainText()));
    QCOMPARE(composer->findChild<QPushButton *>(QStringLiteral("closeButton"))->text(), QStringLiteral("关闭"));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
