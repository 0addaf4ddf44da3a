#pragma once

#include "BibtexReader.h"
#include "Portfolio.h"
#include "PortfolioLoader.h"
#include "Problem.h"
#include "SourceCache.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

class FileWatcher;
class SourceFetcher;
struct Fetch;

// Puts together the portfolio to show: the one at a location (embedded, a local file or a web
// address) with the publications of its BibTeX files and of those given on the command line.
// Local files are read at once and watched; a change makes a new version. Web addresses are
// downloaded in the background and kept in a SourceCache: the cached copy is shown at once while
// the server is asked for a newer one, and it stays when the server cannot be reached or sends
// something broken. A version that cannot be shown never replaces one that can.
class PortfolioSource : public QObject
{
    Q_OBJECT

public:
    explicit PortfolioSource(QObject *parent = nullptr);
    ~PortfolioSource() override;

    // BibTeX files, as paths or addresses, whose publications join every version reported from
    // now on, behind the portfolio's own and its files'.
    void setBibliographies(const QStringList &arguments);
    // An empty location is the embedded portfolio. Whatever can be read at once is reported
    // before this returns; downloads report later.
    void open(const QUrl &location);
    // Reads the files again and asks the servers for newer copies.
    void refresh();
    QUrl location() const;
    // One line per downloaded file whose state a reader should know: its age, whether it is
    // being checked, whether the server could be reached.
    QStringList notes() const;
    void setTimeout(std::chrono::milliseconds timeout);

Q_SIGNALS:
    // A version to show, with its warnings; `again` when it follows one of the same location.
    void loaded(const Portfolio &portfolio, const QList<Problem> &warnings, bool again);
    // The location cannot be shown, or its new version cannot (`again`): the last good one stays.
    void failed(const QList<Problem> &problems, bool again);
    void notesChanged(const QStringList &notes);

private:
    struct Remote {
        std::optional<CachedCopy> copy;
        // What the copy reads as, kept so that a change elsewhere does not read it again.
        std::optional<LoadResult> portfolio;
        std::optional<BibtexResult> bibliography;
        bool fetching = false;
        // Why the last fetch brought nothing usable: the server's failure, or the problems of a
        // broken download.
        QString failure;
        QList<Problem> problems;
    };

    void startFetch(const QUrl &url);
    void fetched(const QUrl &url, const Fetch &result);
    // Reads the copy of this address, once, as what it is: the portfolio or one of its BibTeX files.
    void read(const QUrl &url, Remote &remote) const;
    // Reads what it can and reports a version, or why there is none.
    void assemble();
    void addBibliography(const QUrl &url, Portfolio &portfolio, QSet<QString> &ids, QList<Problem> &warnings);
    QString note(const QUrl &url, const Remote &remote) const;

    SourceCache m_cache;
    SourceFetcher *m_fetcher;
    FileWatcher *m_watcher;
    QUrl m_location;
    QList<QUrl> m_extraBibliographies;
    // Every web address in use, the portfolio's own included.
    QHash<QUrl, Remote> m_remotes;
    bool m_shown = false;
};
