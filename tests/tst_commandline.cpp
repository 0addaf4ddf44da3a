#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// Runs the real `portfolio` executable the way a person or a script would.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void validateEmbeddedSource();
    void validateBrokenFixtures_data();
    void validateBrokenFixtures();
    void validateNeedsNoDisplay();
    void unknownSection();
    void usageErrorsNeedNoDisplay();
    void quitsAfterFirstFrame();
    void opensOnAPublication();
    void brokenDataStillOpensWindow();

private:
    struct Run {
        int exitCode = -1;
        QString output;
        QString errors;
    };
    static Run run(const QStringList &arguments, const QProcessEnvironment &environment = windowEnvironment());
    // Offscreen, with settings in a directory of the test's own.
    static QProcessEnvironment windowEnvironment();
};

QProcessEnvironment TestCommandLine::windowEnvironment()
{
    static QTemporaryDir configDir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir.path());
    return environment;
}

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PORTFOLIO_BINARY), arguments);
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCommandLine::version()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.output.startsWith(u"portfolio "));
}

void TestCommandLine::validateEmbeddedSource()
{
    const Run result = run({QStringLiteral("--validate"), QStringLiteral(SOURCE_DIR "/resources/portfolio.json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.output.endsWith(u"portfolio.json: a valid portfolio (publications: 10)\n"));
}

void TestCommandLine::validateBrokenFixtures_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"year-as-words", "trailing-comma", "duplicate-id", "empty", "not-utf8"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestCommandLine::validateBrokenFixtures()
{
    QFETCH(QString, name);
    const QString fileName = QStringLiteral(TEST_DATA_DIR "/broken/") + name + QStringLiteral(".json");
    QFile expected(QStringLiteral(TEST_DATA_DIR "/broken/") + name + QStringLiteral(".expected"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(expected.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        lines.append(fileName + (line.front().isDigit() ? u":" : u": ") + line);
    }
    const Run result = run({QStringLiteral("--validate"), fileName});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.output.split(u'\n', Qt::SkipEmptyParts), lines);
}

void TestCommandLine::validateNeedsNoDisplay()
{
    QProcessEnvironment environment = windowEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    const Run result = run({QStringLiteral("--validate"), QStringLiteral(TEST_DATA_DIR "/unknown-keys.json")}, environment);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.output.contains(u"profile.nickname: unknown key (ignored)"));
}

void TestCommandLine::unknownSection()
{
    const Run result = run({QStringLiteral("--section"), QStringLiteral("blog")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errors.contains(u"Unknown section \"blog\""));
}

void TestCommandLine::usageErrorsNeedNoDisplay()
{
    QProcessEnvironment environment = windowEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.remove(QStringLiteral("DISPLAY"));
    const Run unknown = run({QStringLiteral("--bogus")}, environment);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.errors.contains(u"bogus"));
    const Run missingValue = run({QStringLiteral("--data")}, environment);
    QCOMPARE(missingValue.exitCode, 2);
    // Qt's own options are left for QApplication.
    const Run qtOption = run({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--quit-after-first-frame")});
    QCOMPARE(qtOption.exitCode, 0);
}

void TestCommandLine::quitsAfterFirstFrame()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch() * 1000;
    const Run result = run({QStringLiteral("--quit-after-first-frame"), QStringLiteral("--section"), QStringLiteral("news")});
    const qint64 after = QDateTime::currentMSecsSinceEpoch() * 1000 + 1000;
    QCOMPARE(result.exitCode, 0);
    // The time of the first frame, for tests/bench/startup.sh: in microseconds, during the run.
    const QRegularExpressionMatch frame =
        QRegularExpression(QStringLiteral("^first frame at (\\d+)$"), QRegularExpression::MultilineOption)
            .match(result.output);
    QVERIFY2(frame.hasMatch(), qPrintable(result.output));
    const qint64 at = frame.captured(1).toLongLong();
    QVERIFY(at > before);
    QVERIFY(at < after);
}

void TestCommandLine::opensOnAPublication()
{
    const Run known = run({QStringLiteral("--publication"), QStringLiteral("tcec"), QStringLiteral("--quit-after-first-frame")});
    QCOMPARE(known.exitCode, 0);
    QVERIFY(!known.errors.contains(u"No publication"));
    const Run unknown = run({QStringLiteral("--publication"), QStringLiteral("nope"), QStringLiteral("--quit-after-first-frame")});
    QCOMPARE(unknown.exitCode, 0);
    QVERIFY(unknown.errors.contains(u"No publication has the id \"nope\"."));
}

void TestCommandLine::brokenDataStillOpensWindow()
{
    const Run result = run({QStringLiteral("--data"), QStringLiteral(TEST_DATA_DIR "/broken/truncated.json"),
                            QStringLiteral("--quit-after-first-frame")});
    QCOMPARE(result.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
