#include "FirstFrameWatcher.h"
#include "Language.h"
#include "MailComposerDialog.h"
#include "MainWindow.h"
#include "PortfolioLoader.h"
#include "SectionModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

int validate(const QString &fileName)
{
    const LoadResult result = PortfolioLoader::loadFile(fileName);
    QTextStream out(stdout);
    for (const Problem &problem : result.problems) {
        out << fileName << (problem.line > 0 ? ":" : ": ") << problem.toString() << '\n';
    }
    if (!result.portfolio) {
        return 1;
    }
    out << fileName << ": "
        << QCoreApplication::translate("main", "a valid portfolio (publications: %1)")
               .arg(result.portfolio->publications.size())
        << '\n';
    return 0;
}

// The options QGuiApplication and QApplication take out of the command line themselves.
bool onlyQtOptions(const QStringList &names)
{
    static const QStringList qtOptions{
        QStringLiteral("platform"),   QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),     QStringLiteral("qwindowgeometry"),    QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("reverse"),          QStringLiteral("session"),
        QStringLiteral("display"),    QStringLiteral("geometry"),           QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("widgetcount"),        QStringLiteral("name"),
        QStringLiteral("title")};
    return !names.isEmpty() && std::all_of(names.cbegin(), names.cend(), [](const QString &name) {
        return qtOptions.contains(name);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("portfolio"));
    QCoreApplication::setApplicationName(QStringLiteral("portfolio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTFOLIO_VERSION));

    QCommandLineParser parser;
    // Lets Qt's single-dash options such as -platform read as one name, not as letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Shows a professional portfolio: by default the embedded one."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QCoreApplication::translate("main", "Show the portfolio in <file>."),
                                        QStringLiteral("file"));
    const QCommandLineOption validateOption(
        QStringLiteral("validate"),
        QCoreApplication::translate("main", "Print every problem in <file>, one per line, and exit: 0 when it is "
                                            "valid, 1 when not. Needs no display. :/portfolio.json is the embedded portfolio."),
        QStringLiteral("file"));
    const QCommandLineOption sectionOption(
        QStringLiteral("section"),
        QCoreApplication::translate("main", "Open on section <name>: %1.")
            .arg(SectionModel::keys().join(QStringLiteral(", "))),
        QStringLiteral("name"));
    const QCommandLineOption publicationOption(
        QStringLiteral("publication"),
        QCoreApplication::translate("main", "Open on the publication with the id <id>."), QStringLiteral("id"));
    const QCommandLineOption composeOption(
        QStringLiteral("compose"),
        QCoreApplication::translate("main", "Open the inquiry composer, about the --publication if one is given."));
    const QCommandLineOption firstFrameOption(
        QStringLiteral("quit-after-first-frame"),
        QCoreApplication::translate("main", "Quit once the main window has painted its first frame."));
    parser.addOptions({dataOption, validateOption, sectionOption, publicationOption, composeOption, firstFrameOption});

    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    // Qt's own options (-platform, -geometry, -style) are known only once QApplication has taken
    // them out, so this first look decides whether a display is needed at all: help, version,
    // validation and usage errors need none.
    const bool parsed = parser.parse(arguments);
    if (!parsed && !onlyQtOptions(parser.unknownOptionNames())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parsed && (parser.isSet(helpOption) || parser.isSet(versionOption) || parser.isSet(validateOption))) {
        QCoreApplication app(argc, argv);
        Language::apply(Language::chosen());
        parser.process(app);
        return validate(parser.value(validateOption));
    }

    QApplication app(argc, argv);
    Language::apply(Language::chosen());
    parser.process(app);
    if (parser.isSet(validateOption)) {
        return validate(parser.value(validateOption));
    }
    std::optional<SectionModel::Section> section;
    if (parser.isSet(sectionOption)) {
        section = SectionModel::fromKey(parser.value(sectionOption));
        if (!section) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Unknown section \"%1\"; choose one of: %2.")
                                        .arg(parser.value(sectionOption), SectionModel::keys().join(u", "))));
            return 2;
        }
    }

    MainWindow window;
    if (parser.isSet(dataOption)) {
        window.openFile(parser.value(dataOption));
    } else {
        window.showEmbedded();
    }
    if (section) {
        window.showSection(*section);
    }
    if (parser.isSet(publicationOption) && !window.showPublication(parser.value(publicationOption))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "No publication has the id \"%1\".")
                                    .arg(parser.value(publicationOption))));
    }
    if (parser.isSet(firstFrameOption)) {
        QObject::connect(new FirstFrameWatcher(&window), &FirstFrameWatcher::firstFramePainted, &app,
                         &QCoreApplication::quit);
    }
    window.show();
    if (parser.isSet(composeOption)) {
        window.composeInquiry(parser.value(publicationOption));
    }
    return app.exec();
}
