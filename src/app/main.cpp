#include "FirstFrameWatcher.h"
#include "Language.h"
#include "MainWindow.h"
#include "PortfolioLoader.h"
#include "SectionModel.h"
#include "SourceLocation.h"

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

struct Options {
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption data;
    QCommandLineOption validate;
    QCommandLineOption section;
    QCommandLineOption publication;
    QCommandLineOption compose;
    QCommandLineOption firstFrame;
    QCommandLineOption bib;
};

// Called once the language is applied, so that --help speaks it; the first look at the
// arguments, before any application object, uses the untranslated texts.
Options addOptions(QCommandLineParser &parser)
{
    // Lets Qt's single-dash options such as -platform read as one name, not as letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Shows a professional portfolio: by default the embedded one."));
    Options options{
        parser.addHelpOption(),
        parser.addVersionOption(),
        {QStringLiteral("data"),
         QCoreApplication::translate("main", "Show the portfolio in <file>, or at an http(s) address; a copy of a "
                                             "downloaded one is kept for reading it offline."),
         QStringLiteral("file")},
        {QStringLiteral("validate"),
         QCoreApplication::translate("main", "Print every problem in <file>, one per line, and exit: 0 when it is "
                                             "valid, 1 when not. Needs no display. :/portfolio.json is the embedded portfolio."),
         QStringLiteral("file")},
        {QStringLiteral("section"),
         QCoreApplication::translate("main", "Open on section <name>: %1.")
             .arg(SectionModel::keys().join(QStringLiteral(", "))),
         QStringLiteral("name")},
        {QStringLiteral("publication"), QCoreApplication::translate("main", "Open on the publication with the id <id>."),
         QStringLiteral("id")},
        {QStringLiteral("compose"),
         QCoreApplication::translate("main", "Open the inquiry composer, about the --publication if one is given.")},
        {QStringLiteral("quit-after-first-frame"),
         QCoreApplication::translate("main", "Quit once the main window has painted its first frame, printing the time it did.")},
        {QStringLiteral("bib"),
         QCoreApplication::translate("main", "Add the publications in the BibTeX <file>, or at an http(s) address, "
                                             "to the portfolio shown; may be given more than once."),
         QStringLiteral("file")},
    };
    parser.addOptions({options.data, options.validate, options.section, options.publication, options.compose,
                       options.firstFrame, options.bib});
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("portfolio"));
    QCoreApplication::setApplicationName(QStringLiteral("portfolio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTFOLIO_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    // Qt's own options (-platform, -geometry, -style) are known only once QApplication has taken
    // them out, so this first look decides whether a display is needed at all: help, version,
    // validation and usage errors need none.
    QCommandLineParser probe;
    const Options untranslated = addOptions(probe);
    const bool parsed = probe.parse(arguments);
    if (!parsed && !onlyQtOptions(probe.unknownOptionNames())) {
        std::fprintf(stderr, "%s\n", qPrintable(probe.errorText()));
        return 2;
    }
    if (parsed && (probe.isSet(untranslated.help) || probe.isSet(untranslated.version) ||
                   probe.isSet(untranslated.validate))) {
        QCoreApplication app(argc, argv);
        Language::apply(Language::chosen());
        QCommandLineParser parser;
        const Options options = addOptions(parser);
        parser.process(app);
        return validate(parser.value(options.validate));
    }

    QApplication app(argc, argv);
    Language::apply(Language::chosen());
    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(app);
    if (parser.isSet(options.validate)) {
        return validate(parser.value(options.validate));
    }
    std::optional<SectionModel::Section> section;
    if (parser.isSet(options.section)) {
        section = SectionModel::fromKey(parser.value(options.section));
        if (!section) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Unknown section \"%1\"; choose one of: %2.")
                                        .arg(parser.value(options.section), SectionModel::keys().join(u", "))));
            return 2;
        }
    }

    MainWindow window;
    window.setBibliographies(parser.values(options.bib));
    // What the command line asks of the portfolio waits until it is there: a download may take a while.
    const auto onOpened = [&window, &parser, &options] {
        if (parser.isSet(options.publication) && !window.showPublication(parser.value(options.publication))) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "No publication has the id \"%1\".")
                                        .arg(parser.value(options.publication))));
        }
        if (parser.isSet(options.compose)) {
            window.composeInquiry(parser.value(options.publication));
        }
    };
    window.open(parser.isSet(options.data) ? SourceLocation::fromArgument(parser.value(options.data)) : QUrl());
    if (section) {
        window.showSection(*section);
    }
    if (parser.isSet(options.firstFrame)) {
        FirstFrameWatcher::quitAfterFirstFrame(&window);
    }
    window.show();
    if (window.isOpening()) {
        QObject::connect(&window, &MainWindow::openFinished, &window, onOpened, Qt::SingleShotConnection);
    } else {
        onOpened();
    }
    return app.exec();
}
