#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where a portfolio or a BibTeX file comes from: a local file (a file: URL) or a web address.
class SourceLocation
{
    Q_DECLARE_TR_FUNCTIONS(SourceLocation)

public:
    // A command-line argument: an address when it starts with a scheme, else a path, relative to
    // the working folder.
    static QUrl fromArgument(const QString &argument);
    static bool isRemote(const QUrl &url);
    // A scheme of two letters or more makes an address: one letter and a colon is a Windows drive.
    static bool hasScheme(const QString &text);
    // A BibTeX file named by the portfolio at `base`. Empty, with the reason in *error, when it
    // cannot be read from there: a portfolio from the web names only web addresses, so that it
    // cannot have the app read the visitor's own files.
    static QUrl resolve(const QUrl &base, const QString &reference, QString *error);
    // The name problems and notes use: a file's name, or a whole address.
    static QString displayName(const QUrl &url);
};
