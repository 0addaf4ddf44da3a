#include "DraftStore.h"
#include "DecodedQuery.h"
#include "EmlReadBack.h"
#include "MailComposerDialog.h"
#include "MainWindow.h"
#include "TestEnvironment.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

const QString OwnerAddress = QStringLiteral("liusongwei.zju@bytedance.com");
// Everything RFC 6068 makes a mailto: link encode, and text from outside ASCII.
const QString TrickySubject = QStringLiteral("合作 & A+B = 100% #1?");
const QString TrickyLine = QStringLiteral("刘老师您好 & a+b=c %20 #x ?y");

// The settings folder of the parent test, passed on to the child it kills.
const char *const SettingsEnvironment = "PORTFOLIO_TEST_SETTINGS";

void setUpIdentity(const QString &settingsPath)
{
    useTestEnvironment(settingsPath, QStringLiteral("tst_mailcomposer"));
}

template<typename T>
T *child(const QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// Waits for the window-modal message box with this object name that the composer opens.
QMessageBox *waitForBox(const QWidget *parent, const char *name)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = child<QMessageBox>(parent, name);
        return box && box->isVisible();
    });
    return shown ? box : nullptr;
}

void clickInBox(const QWidget *parent, const char *boxName, const char *buttonName)
{
    QMessageBox *box = waitForBox(parent, boxName);
    QVERIFY2(box, boxName);
    auto *button = child<QPushButton>(box, buttonName);
    QVERIFY2(button, buttonName);
    QTest::mouseClick(button, Qt::LeftButton);
}

// Key by key, like QTest::keyClicks, which takes ASCII only; other characters arrive as the
// text of a key event, the way an input method delivers them.
void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() > 0x20 && c.unicode() < 0x7f) {
            QTest::keyClick(widget, char(c.unicode()));
        } else if (c == u' ') {
            QTest::keyClick(widget, Qt::Key_Space);
        } else {
            const qsizetype length = c.isHighSurrogate() ? 2 : 1;
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, text.mid(i, length), Qt::NoModifier);
            i += length - 1;
        }
    }
}

// Types what a person would: name, address, then a message of two paragraphs after the template.
void fillIn(MailComposerDialog *composer, const QString &name, const QString &email)
{
    typeText(child<QLineEdit>(composer, "nameEdit"), name);
    typeText(child<QLineEdit>(composer, "emailEdit"), email);
}

void replaceText(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

// Types the text with Return for each line break, as a person would in the message field.
void typeLines(QPlainTextEdit *edit, const QStringList &lines)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            QTest::keyClick(edit, Qt::Key_Return);
        }
        typeText(edit, lines[i]);
    }
}

bool draftContains(const QString &text)
{
    QFile file(DraftStore::defaultFileName());
    return file.open(QIODevice::ReadOnly) && QString::fromUtf8(file.readAll()).contains(text);
}

// Run as a child process: the real main window and composer, a person's typing, then a wait to
// be killed once the draft is on disk.
int typeAndWaitToBeKilled(int argc, char **argv)
{
    QApplication app(argc, argv);
    setUpIdentity(qEnvironmentVariable(SettingsEnvironment));
    MainWindow window;
    window.showEmbedded();
    window.show();
    MailComposerDialog *composer = window.composeInquiry(QStringLiteral("tcec"));
    fillIn(composer, QStringLiteral("王小明"), QStringLiteral("wang@example.org"));
    typeLines(child<QPlainTextEdit>(composer, "messageEdit"), {QStringLiteral("Killed mid-sentence"), TrickyLine});
    if (!QTest::qWaitFor([] { return draftContains(QStringLiteral("Killed mid-sentence")); }, 10'000)) {
        return 3;
    }
    std::printf("typed\n");
    std::fflush(stdout);
    return app.exec();
}

} // namespace

class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url)
    {
        urls.append(url);
    }
};

class TestMailComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void opensFromContactMenuAndPaper();
    void validatesAsThePersonTypes();
    void mailAppGetsExactlyWhatWasTyped();
    void webPagesAndClipboard();
    void savesAnEmlThatReadsBack();
    void pastedLineBreaksStartNoHeader();
    void longMessageWarnsAboutMailLinks();
    void closingAsksToKeepOrDiscard();
    void restoreQuestionOnOpen();
    void draftSurvivesDestructionWithoutClose();
    void draftSurvivesKill9();

private:
    QTemporaryDir m_settingsDir;
    UrlCatcher m_catcher;
};

void TestMailComposer::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    setUpIdentity(m_settingsDir.path());
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &m_catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_catcher, "open");
}

void TestMailComposer::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void TestMailComposer::init()
{
    QSettings().clear();
    DraftStore().remove();
    m_catcher.urls.clear();
}

void TestMailComposer::cleanup()
{
    DraftStore().remove();
}

void TestMailComposer::opensFromContactMenuAndPaper()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!child<QWidget>(&window, "draftFrame")->isVisible());

    window.showSection(SectionModel::Contact);
    QTest::mouseClick(child<QPushButton>(&window, "emailButton"), Qt::LeftButton);
    auto *composer = window.findChild<MailComposerDialog *>();
    QVERIFY(composer);
    QTRY_VERIFY(composer->isVisible());
    auto *to = child<QLineEdit>(composer, "toEdit");
    QCOMPARE(to->text(), OwnerAddress);
    QVERIFY(to->isReadOnly());
    QCOMPARE(child<QComboBox>(composer, "kindCombo")->count(), 4);
    QVERIFY(child<QPlainTextEdit>(composer, "messageEdit")->toPlainText().startsWith(QStringLiteral("Dear Songwei Liu,")));

    // The shortcut brings the open composer forward instead of making a second one.
    auto *action = child<QAction>(&window, "inquiryAction");
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
    action->trigger();
    QCOMPARE(window.findChildren<MailComposerDialog *>().size(), 1);
    composer->reject();
    QTRY_VERIFY(window.findChildren<MailComposerDialog *>().isEmpty());

    QVERIFY(window.showPublication(QStringLiteral("tcec")));
    auto *ask = child<QPushButton>(&window, "askButton");
    QTRY_VERIFY(ask->isVisible());
    QTest::mouseClick(ask, Qt::LeftButton);
    composer = window.findChild<MailComposerDialog *>();
    QVERIFY(composer);
    QCOMPARE(child<QComboBox>(composer, "publicationCombo")->currentData().toString(), QStringLiteral("tcec"));
    const QString title = QStringLiteral("TCEC: Error Propagation Mechanisms and Compensation Strategies for Quantized Diffusion");
    QCOMPARE(child<QLineEdit>(composer, "subjectEdit")->text(), QStringLiteral("Academic cooperation: “%1”").arg(title));
    QVERIFY(child<QPlainTextEdit>(composer, "messageEdit")->toPlainText().contains(title));

    // Choices made before any typing rewrite the template, which is not yet a draft.
    child<QComboBox>(composer, "kindCombo")->setCurrentIndex(1);
    QCOMPARE(child<QLineEdit>(composer, "subjectEdit")->text(), QStringLiteral("Invited talk: “%1”").arg(title));
    QVERIFY(!composer->hasContent());
    composer->reject();
    QTRY_VERIFY(window.findChildren<MailComposerDialog *>().isEmpty());
    QVERIFY(!DraftStore().exists());
}

void TestMailComposer::validatesAsThePersonTypes()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    MailComposerDialog *composer = window.composeInquiry();
    const QList<QPushButton *> sendButtons{child<QPushButton>(composer, "mailAppButton"),
                                           child<QPushButton>(composer, "gmailButton"),
                                           child<QPushButton>(composer, "outlookButton"),
                                           child<QPushButton>(composer, "copyButton"),
                                           child<QPushButton>(composer, "saveButton")};
    auto *reason = child<QLabel>(composer, "reasonLabel");
    auto *nameError = child<QLabel>(composer, "nameError");
    auto *emailError = child<QLabel>(composer, "emailError");
    auto *subjectError = child<QLabel>(composer, "subjectError");
    auto *messageError = child<QLabel>(composer, "messageError");
    const auto sendable = [&] {
        return std::all_of(sendButtons.cbegin(), sendButtons.cend(), [](QPushButton *b) { return b->isEnabled(); });
    };
    const auto noneSendable = [&] {
        return std::none_of(sendButtons.cbegin(), sendButtons.cend(), [](QPushButton *b) { return b->isEnabled(); });
    };

    QVERIFY(noneSendable());
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), QStringLiteral("To send: Your name – Enter your name."));
    // Fields nobody has touched yet are not scolded.
    QVERIFY(!nameError->isVisible());
    QVERIFY(!emailError->isVisible());

    auto *name = child<QLineEdit>(composer, "nameEdit");
    typeText(name, QStringLiteral("Ada"));
    QVERIFY(reason->text().startsWith(QStringLiteral("To send: Your e-mail")));
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY(nameError->isVisible());
    QCOMPARE(nameError->text(), QStringLiteral("Enter your name."));
    typeText(name, QStringLiteral("Ada Lovelace"));
    QVERIFY(!nameError->isVisible());

    auto *email = child<QLineEdit>(composer, "emailEdit");
    typeText(email, QStringLiteral("ada@"));
    QVERIFY(emailError->isVisible());
    QCOMPARE(emailError->text(), QStringLiteral("This is not an e-mail address like name@example.org."));
    QVERIFY(noneSendable());
    typeText(email, QStringLiteral("example.org,eve@example.org"));
    QVERIFY(emailError->isVisible());
    for (int i = 0; i < 16; ++i) {
        QTest::keyClick(email, Qt::Key_Backspace);
    }
    QCOMPARE(email->text(), QStringLiteral("ada@example.org"));
    QVERIFY(!emailError->isVisible());
    QVERIFY(sendable());
    QVERIFY(!reason->isVisible());

    auto *subject = child<QLineEdit>(composer, "subjectEdit");
    replaceText(subject, QString());
    QCOMPARE(subjectError->text(), QStringLiteral("Enter a subject."));
    QVERIFY(noneSendable());
    typeText(subject, QString(201, u's'));
    QCOMPARE(subjectError->text(), QStringLiteral("201 characters; at most 200."));
    QVERIFY(reason->text().startsWith(QStringLiteral("To send: Subject")));
    QTest::keyClick(subject, Qt::Key_Backspace);
    QVERIFY(!subjectError->isVisible());
    QVERIFY(sendable());

    auto *message = child<QPlainTextEdit>(composer, "messageEdit");
    typeLines(message, {QStringLiteral("  ")});
    QVERIFY(messageError->isVisible());
    QCOMPARE(messageError->text(), QStringLiteral("Write a message."));
    QVERIFY(noneSendable());
    typeText(message, QStringLiteral("Hello"));
    QVERIFY(!messageError->isVisible());
    QVERIFY(sendable());
}

void TestMailComposer::mailAppGetsExactlyWhatWasTyped()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    QPointer<MailComposerDialog> composer = window.composeInquiry();
    fillIn(composer, QStringLiteral("王小明"), QStringLiteral("wang@example.org"));
    replaceText(child<QLineEdit>(composer, "subjectEdit"), TrickySubject);
    typeLines(child<QPlainTextEdit>(composer, "messageEdit"), {TrickyLine, QString(), QStringLiteral("Second paragraph.")});
    QTRY_VERIFY(draftContains(QStringLiteral("Second paragraph.")));
    QVERIFY(child<QCheckBox>(composer, "forgetDraftCheck")->isChecked());

    QTest::mouseClick(child<QPushButton>(composer, "mailAppButton"), Qt::LeftButton);
    QCOMPARE(m_catcher.urls.size(), 1);
    const QUrl url = m_catcher.urls.first();
    QVERIFY(url.toEncoded().startsWith(QByteArray("mailto:" + OwnerAddress.toLatin1() + "?subject=")));
    const auto query = decodedQuery(url);
    QCOMPARE(query.size(), 2);
    QCOMPARE(query[0].first, QStringLiteral("subject"));
    QCOMPARE(query[0].second, TrickySubject);
    QCOMPARE(query[1].first, QStringLiteral("body"));
    QCOMPARE(query[1].second, TrickyLine + QStringLiteral("\r\n\r\nSecond paragraph."));
    // Handed off with "discard once sent" ticked: the dialog closes and the draft is gone.
    QTRY_VERIFY(composer.isNull());
    QVERIFY(!DraftStore().exists());
}

void TestMailComposer::webPagesAndClipboard()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    MailComposerDialog *composer = window.composeInquiry();
    fillIn(composer, QStringLiteral("Ada"), QStringLiteral("ada@example.org"));
    replaceText(child<QLineEdit>(composer, "subjectEdit"), TrickySubject);
    child<QCheckBox>(composer, "forgetDraftCheck")->setChecked(false);

    QTest::mouseClick(child<QPushButton>(composer, "gmailButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(composer, "outlookButton"), Qt::LeftButton);
    QCOMPARE(m_catcher.urls.size(), 2);
    QCOMPARE(m_catcher.urls[0].host(), QStringLiteral("mail.google.com"));
    QCOMPARE(m_catcher.urls[1].host(), QStringLiteral("outlook.office.com"));
    const QString body = composer->inquiry().message.replace(u'\n', QStringLiteral("\r\n"));
    for (const QUrl &url : std::as_const(m_catcher.urls)) {
        const auto query = decodedQuery(url);
        QVERIFY(query.contains({QStringLiteral("to"), OwnerAddress}));
        QVERIFY(query.contains({url.host().startsWith(u"mail.") ? QStringLiteral("su") : QStringLiteral("subject"), TrickySubject}));
        QVERIFY(query.contains({QStringLiteral("body"), body}));
    }
    // Not ticked: the composer stays, says what happened, and keeps the draft.
    QVERIFY(composer->isVisible());
    QVERIFY(child<QLabel>(composer, "statusLabel")->text().contains(QStringLiteral("Outlook")));
    QVERIFY(DraftStore().exists());

    QTest::mouseClick(child<QPushButton>(composer, "copyButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.startsWith(QStringLiteral("To: Songwei Liu <%1>\nSubject: %2\n\nDear Songwei Liu,").arg(OwnerAddress, TrickySubject)));
    QVERIFY(copied.endsWith(QStringLiteral("Ada\nada@example.org")));
}

void TestMailComposer::savesAnEmlThatReadsBack()
{
    QTemporaryDir dir;
    MainWindow window;
    window.showEmbedded();
    window.show();
    QPointer<MailComposerDialog> composer = window.composeInquiry(QStringLiteral("s2o"));
    fillIn(composer, QStringLiteral("王小明"), QStringLiteral("wang@example.org"));
    replaceText(child<QLineEdit>(composer, "subjectEdit"), TrickySubject);
    typeLines(child<QPlainTextEdit>(composer, "messageEdit"), {TrickyLine, QStringLiteral("第二行 = two")});
    const Inquiry typed = composer->inquiry();

    QTest::mouseClick(child<QPushButton>(composer, "saveButton"), Qt::LeftButton);
    auto *dialog = child<QFileDialog>(composer, "saveEmlDialog");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->selectedFiles().value(0).endsWith(QStringLiteral(".eml")));
    const QString fileName = dir.filePath(QStringLiteral("inquiry.eml"));
    dialog->selectFile(fileName);
    QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
    QTRY_VERIFY(composer.isNull());
    QVERIFY(!DraftStore().exists());

    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const QJsonObject read = readEmlBack(file.readAll(), &error);
    QVERIFY2(!read.isEmpty(), qPrintable(error));
    QCOMPARE(read[u"from"][u"name"].toString(), QStringLiteral("王小明"));
    QCOMPARE(read[u"from"][u"address"].toString(), QStringLiteral("wang@example.org"));
    QCOMPARE(read[u"to"][u"name"].toString(), QStringLiteral("Songwei Liu"));
    QCOMPARE(read[u"to"][u"address"].toString(), OwnerAddress);
    QCOMPARE(read[u"subject"].toString(), TrickySubject);
    QCOMPARE(read[u"body"].toString().replace(QStringLiteral("\r\n"), QStringLiteral("\n")), typed.message + u'\n');
    QCOMPARE(typed.message, TrickyLine + QStringLiteral("\n第二行 = two"));
}

void TestMailComposer::pastedLineBreaksStartNoHeader()
{
    QTemporaryDir dir;
    MainWindow window;
    window.showEmbedded();
    window.show();
    MailComposerDialog *composer = window.composeInquiry();
    auto *name = child<QLineEdit>(composer, "nameEdit");
    QGuiApplication::clipboard()->setText(QStringLiteral("Eve\r\nBcc: eve@example.org"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(name->text().startsWith(QStringLiteral("Eve")));
    typeText(child<QLineEdit>(composer, "emailEdit"), QStringLiteral("eve@example.org"));
    auto *subject = child<QLineEdit>(composer, "subjectEdit");
    QGuiApplication::clipboard()->setText(QStringLiteral("Hi\nX-Injected: yes"));
    replaceText(subject, QString());
    QTest::keyClick(subject, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(composer->inquiry().isValid());

    composer->saveEml(dir.filePath(QStringLiteral("injected.eml")));
    QFile file(dir.filePath(QStringLiteral("injected.eml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const QJsonObject read = readEmlBack(file.readAll(), &error);
    QVERIFY2(!read.isEmpty(), qPrintable(error));
    QStringList names;
    for (const QJsonValue &header : read[u"headers"].toArray()) {
        names.append(header[0].toString());
    }
    QVERIFY2(!names.contains(QStringLiteral("Bcc")) && !names.contains(QStringLiteral("X-Injected")),
             qPrintable(names.join(u',')));
    QCOMPARE(names.size(), 9);
    QVERIFY(read[u"from"][u"name"].toString().contains(QStringLiteral("Bcc: eve@example.org")));
}

void TestMailComposer::longMessageWarnsAboutMailLinks()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    MailComposerDialog *composer = window.composeInquiry();
    fillIn(composer, QStringLiteral("سارة"), QStringLiteral("sara@example.org"));
    auto *warning = child<QLabel>(composer, "lengthWarning");
    QVERIFY(!warning->isVisible());
    auto *message = child<QPlainTextEdit>(composer, "messageEdit");
    // 10,000 characters with emoji and right-to-left text, pasted at once.
    const QString text = QStringLiteral("مرحبا 👋 שלום ").repeated(800).left(10'000);
    QGuiApplication::clipboard()->setText(text);
    message->setFocus();
    QTest::keyClick(message, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(message, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(composer->inquiry().message, text);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("Save as .eml")));
    QVERIFY(child<QPushButton>(composer, "mailAppButton")->isEnabled());
    QTRY_VERIFY(draftContains(text));
}

void TestMailComposer::closingAsksToKeepOrDiscard()
{
    MainWindow window;
    window.showEmbedded();
    window.show();
    QPointer<MailComposerDialog> composer = window.composeInquiry();
    typeText(child<QLineEdit>(composer, "nameEdit"), QStringLiteral("Ada"));

    QTest::mouseClick(child<QPushButton>(composer, "closeButton"), Qt::LeftButton);
    clickInBox(composer, "keepDraftQuestion", "cancelButton");
    QVERIFY(composer && composer->isVisible());

    QTest::keyClick(composer, Qt::Key_Escape);
    clickInBox(composer, "keepDraftQuestion", "keepButton");
    QTRY_VERIFY(composer.isNull());
    QVERIFY(draftContains(QStringLiteral("\"name\": \"Ada\"")));

    composer = window.composeInquiry();
    clickInBox(composer, "restoreDraftQuestion", "continueButton");
    QCOMPARE(child<QLineEdit>(composer, "nameEdit")->text(), QStringLiteral("Ada"));
    composer->reject();
    clickInBox(composer, "keepDraftQuestion", "discardButton");
    QTRY_VERIFY(composer.isNull());
    QVERIFY(!DraftStore().exists());

    // Nothing typed: closing asks nothing and leaves nothing behind.
    composer = window.composeInquiry();
    composer->reject();
    QTRY_VERIFY(composer.isNull());
    QVERIFY(!DraftStore().exists());
}

void TestMailComposer::restoreQuestionOnOpen()
{
    Inquiry kept;
    kept.name = QStringLiteral("Ada");
    kept.email = QStringLiteral("ada@example.org");
    kept.subject = QStringLiteral("Kept subject");
    kept.message = QStringLiteral("Kept message");
    QVERIFY(DraftStore().save(kept));
    MainWindow window;
    window.showEmbedded();
    window.show();
    QPointer<MailComposerDialog> composer = window.composeInquiry(QStringLiteral("tcec"));
    // Until the person answers, the template the new composer wrote must not replace the draft.
    QTest::qWait(MailComposerDialog::DraftDelayMs * 2);
    QVERIFY(draftContains(QStringLiteral("Kept message")));
    clickInBox(composer, "restoreDraftQuestion", "discardButton");
    QVERIFY(!DraftStore().exists());
    QVERIFY(child<QLineEdit>(composer, "nameEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(composer, "subjectEdit")->text().contains(QStringLiteral("TCEC")));
}

void TestMailComposer::draftSurvivesDestructionWithoutClose()
{
    QString typedMessage;
    {
        MainWindow window;
        window.showEmbedded();
        window.show();
        MailComposerDialog *composer = window.composeInquiry(QStringLiteral("abq-llm"));
        fillIn(composer, QStringLiteral("Ada"), QStringLiteral("ada@example.org"));
        child<QComboBox>(composer, "kindCombo")->setCurrentIndex(3);
        typeLines(child<QPlainTextEdit>(composer, "messageEdit"), {QStringLiteral("Not closed"), TrickyLine});
        typedMessage = composer->inquiry().message;
        QTRY_VERIFY(draftContains(QStringLiteral("Not closed")));
        // Destroyed without a close event or a question, as a crash would leave it.
        delete composer;
    }
    MainWindow window;
    window.showEmbedded();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = child<QWidget>(&window, "draftFrame");
    QVERIFY(banner->isVisible());
    QVERIFY(child<QLabel>(&window, "draftLabel")->text().contains(QStringLiteral("Internship application")));
    QTest::mouseClick(child<QPushButton>(&window, "continueDraftButton"), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    auto *composer = window.findChild<MailComposerDialog *>();
    QVERIFY(composer);
    const Inquiry restored = composer->inquiry();
    QCOMPARE(restored.name, QStringLiteral("Ada"));
    QCOMPARE(restored.email, QStringLiteral("ada@example.org"));
    QCOMPARE(restored.kind, Inquiry::Kind::Internship);
    QCOMPARE(restored.publicationId, QStringLiteral("abq-llm"));
    QCOMPARE(restored.message, typedMessage);
}

void TestMailComposer::draftSurvivesKill9()
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QString::fromLatin1(SettingsEnvironment), m_settingsDir.path());
    process.setProcessEnvironment(environment);
    process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--type-and-wait")});
    QVERIFY(process.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains("typed") ||
                                 process.state() == QProcess::NotRunning,
                             30'000);
    QCOMPARE(process.state(), QProcess::Running);
    process.kill(); // SIGKILL: no handler, no destructor, no flush runs in the child.
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    MainWindow window;
    window.showEmbedded();
    window.show();
    QVERIFY(child<QWidget>(&window, "draftFrame")->isVisible());
    MailComposerDialog *composer = window.composeInquiry();
    clickInBox(composer, "restoreDraftQuestion", "continueButton");
    const Inquiry restored = composer->inquiry();
    QCOMPARE(restored.name, QStringLiteral("王小明"));
    QCOMPARE(restored.email, QStringLiteral("wang@example.org"));
    QCOMPARE(restored.publicationId, QStringLiteral("tcec"));
    QCOMPARE(restored.message, QStringLiteral("Killed mid-sentence\n") + TrickyLine);
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--type-and-wait") == 0) {
        return typeAndWaitToBeKilled(argc, argv);
    }
    QApplication app(argc, argv);
    TestMailComposer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mailcomposer.moc"
