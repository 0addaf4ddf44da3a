#include "PortfolioSource.h"

#include "FileWatcher.h"
#include "RelativeTime.h"
#include "SearchText.h"
#include "SourceFetcher.h"
#include "SourceLocation.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Relative thumbnails in a downloaded file name files beside it on the server.
void resolveThumbnails(QList<Publication> &publications, const QUrl &base)
{
    for (Publication &publication : publications) {
        const QString &thumbnail = publication.thumbnail;
        if (!thumbnail.isEmpty() && !thumbnail.startsWith(":/"_L1) && QUrl(thumbnail).isRelative()) {
            publication.thumbnail = base.resolved(QUrl(thumbnail)).toString();
        }
    }
}

// A downloaded BibTeX file is refused, like a broken portfolio, when nothing in it can be used:
// an error page from a server reads as BibTeX with no entries.
bool usable(const BibtexResult &result)
{
    return !Problem::anyError(result.problems) && !result.publications.isEmpty();
}

// BibTeX has no way to say whose portfolio it is in, so the owner is the author named as the
// profile is, whatever the case and accents; a publication that already marks one keeps it.
void markOwner(Publication &publication, const QString &foldedOwner)
{
    const bool marked = std::any_of(publication.authors.cbegin(), publication.authors.cend(), [](const Author &author) {
        return author.owner;
    });
    if (marked || foldedOwner.isEmpty()) {
        return;
    }
    for (Author &author : publication.authors) {
        author.owner = SearchText::fold(author.name.simplified()) == foldedOwner;
    }
}

Problem fileProblem(Problem::Severity severity, const QUrl &url, const QString &message)
{
    return {severity, SourceLocation::displayName(url), 0, 0, message};
}

} // namespace

PortfolioSource::PortfolioSource(QObject *parent)
    : QObject(parent)
    , m_fetcher(new SourceFetcher(this))
    , m_watcher(new FileWatcher(this))
{
    connect(m_fetcher, &SourceFetcher::fetched, this, &PortfolioSource::fetched);
    connect(m_watcher, &FileWatcher::changed, this, &PortfolioSource::assemble);
}

PortfolioSource::~PortfolioSource() = default;

void PortfolioSource::setBibliographies(const QStringList &arguments)
{
    m_extraBibliographies.clear();
    for (const QString &argument : arguments) {
        m_extraBibliographies.append(SourceLocation::fromArgument(argument));
    }
}

void PortfolioSource::setTimeout(std::chrono::milliseconds timeout)
{
    m_fetcher->setTimeout(timeout);
}

QUrl PortfolioSource::location() const
{
    return m_location;
}

void PortfolioSource::open(const QUrl &location)
{
    m_fetcher->cancel();
    m_remotes.clear();
    // The files of what was shown before are no business of this location's.
    m_watcher->watch({});
    m_location = location;
    m_shown = false;
    if (SourceLocation::isRemote(location)) {
        startFetch(location);
    }
    assemble();
}

void PortfolioSource::refresh()
{
    for (auto it = m_remotes.cbegin(); it != m_remotes.cend(); ++it) {
        if (!it->fetching) {
            startFetch(it.key());
        }
    }
    // A downloaded portfolio is shown again once its server answers; local files are read now.
    if (!SourceLocation::isRemote(m_location)) {
        assemble();
    }
}

void PortfolioSource::startFetch(const QUrl &url)
{
    Remote &remote = m_remotes[url];
    if (!remote.copy) {
        remote.copy = m_cache.load(url);
    }
    remote.fetching = true;
    m_fetcher->fetch(url, remote.copy);
}

void PortfolioSource::fetched(const QUrl &url, const Fetch &result)
{
    const auto found = m_remotes.find(url);
    if (found == m_remotes.end()) {
        return;
    }
    Remote &remote = *found;
    remote.fetching = false;
    remote.failure.clear();
    remote.problems.clear();
    const bool isPortfolio = url == m_location;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (result.outcome) {
    case Fetch::Outcome::Downloaded: {
        if (remote.copy && remote.copy->bytes == result.bytes) {
            // A server that sends no validators sends the same file again: nothing changed.
            remote.copy = CachedCopy{result.bytes, result.etag, result.lastModified, now};
            m_cache.store(url, *remote.copy);
            break;
        }
        Remote fresh;
        fresh.copy = CachedCopy{result.bytes, result.etag, result.lastModified, now};
        read(url, fresh);
        const QList<Problem> &problems = isPortfolio ? fresh.portfolio->problems : fresh.bibliography->problems;
        if (isPortfolio ? !fresh.portfolio->portfolio : !usable(*fresh.bibliography)) {
            remote.failure = tr("the download is broken");
            remote.problems = problems;
            if (!isPortfolio && !Problem::anyError(problems)) {
                remote.problems.append(fileProblem(Problem::Severity::Error, url, tr("has no entries")));
            }
            break;
        }
        fresh.copy->checkedAt = now;
        QString error;
        if (!m_cache.store(url, *fresh.copy, &error)) {
            fresh.failure = tr("it cannot be kept for offline use: %1").arg(error);
        }
        remote = std::move(fresh);
        assemble();
        return;
    }
    case Fetch::Outcome::NotModified:
        if (remote.copy) {
            remote.copy->checkedAt = now;
            m_cache.store(url, *remote.copy);
        }
        break;
    case Fetch::Outcome::Failed:
        remote.failure = result.failure;
        if (!remote.copy) {
            remote.problems.append(fileProblem(Problem::Severity::Error, url,
                                               tr("cannot be downloaded: %1").arg(result.failure)));
        }
        break;
    }
    if (remote.copy && remote.problems.isEmpty()) {
        Q_EMIT notesChanged(notes());
    } else if (isPortfolio) {
        Q_EMIT notesChanged(notes());
        Q_EMIT failed(remote.problems, remote.copy.has_value());
    } else {
        // A BibTeX file without a usable copy: its problems show with the next version.
        assemble();
    }
}

void PortfolioSource::assemble()
{
    LoadResult main;
    QStringList watched;
    if (m_location.isEmpty()) {
        main = PortfolioLoader::loadEmbedded();
    } else if (m_location.isLocalFile()) {
        main = PortfolioLoader::loadFile(m_location.toLocalFile());
        watched.append(m_location.toLocalFile());
    } else if (SourceLocation::isRemote(m_location)) {
        Remote &remote = m_remotes[m_location];
        if (!remote.copy) {
            // Nothing to show until the download ends; fetched() reports how it went.
            Q_EMIT notesChanged(notes());
            return;
        }
        read(m_location, remote);
        main = *remote.portfolio;
    } else {
        main.problems.append(fileProblem(Problem::Severity::Error, m_location,
                                         SourceLocation::tr("only files and http and https addresses can be read")));
    }
    if (!main.portfolio) {
        // A broken file is still watched: once it is fixed, it is shown.
        m_watcher->watch(watched);
        Q_EMIT failed(main.problems, m_shown);
        return;
    }
    Portfolio portfolio = std::move(*main.portfolio);
    QList<Problem> warnings = main.problems;
    QList<QUrl> bibliographies;
    for (qsizetype i = 0; i < portfolio.bibliographies.size(); ++i) {
        QString error;
        const QUrl url = SourceLocation::resolve(m_location, portfolio.bibliographies[i], &error);
        if (url.isEmpty()) {
            warnings.append({Problem::Severity::Warning, u"bibliographies[%1]"_s.arg(i), 0, 0, error});
        } else if (!bibliographies.contains(url)) {
            bibliographies.append(url);
        }
    }
    for (const QUrl &url : std::as_const(m_extraBibliographies)) {
        if (!bibliographies.contains(url)) {
            bibliographies.append(url);
        }
    }
    // The publications are all in, so an export stands on its own.
    portfolio.bibliographies.clear();
    QSet<QString> ids;
    for (const Publication &publication : std::as_const(portfolio.publications)) {
        ids.insert(publication.id);
    }
    for (const QUrl &url : std::as_const(bibliographies)) {
        addBibliography(url, portfolio, ids, warnings);
        if (url.isLocalFile()) {
            watched.append(url.toLocalFile());
        }
    }
    m_watcher->watch(watched);
    const bool again = m_shown;
    m_shown = true;
    Q_EMIT loaded(portfolio, warnings, again);
    Q_EMIT notesChanged(notes());
}

void PortfolioSource::addBibliography(const QUrl &url, Portfolio &portfolio, QSet<QString> &ids,
                                      QList<Problem> &warnings)
{
    BibtexResult result;
    if (url.isLocalFile()) {
        result = BibtexReader::readFile(url.toLocalFile());
    } else if (SourceLocation::isRemote(url)) {
        if (!m_remotes.contains(url)) {
            startFetch(url);
        }
        Remote &remote = m_remotes[url];
        if (remote.copy) {
            read(url, remote);
            result = *remote.bibliography;
        }
        result.problems.append(remote.problems);
    } else {
        result.problems.append(fileProblem(Problem::Severity::Warning, url,
                                           SourceLocation::tr("only files and http and https addresses can be read")));
    }
    const QString name = SourceLocation::displayName(url);
    const QString owner = SearchText::fold(portfolio.profile.name.simplified());
    for (Problem &problem : result.problems) {
        // An entry's problem is placed by its entry; the file's own already name the file.
        if (problem.path != name) {
            problem.path = name + u' ' + problem.path;
        }
        warnings.append(problem);
    }
    for (Publication &publication : result.publications) {
        if (ids.contains(publication.id)) {
            warnings.append({Problem::Severity::Warning, name + u' ' + publication.id, 0, 0,
                             tr("skipped: the portfolio already has a publication with this id")});
            continue;
        }
        ids.insert(publication.id);
        markOwner(publication, owner);
        portfolio.publications.append(std::move(publication));
    }
}

void PortfolioSource::read(const QUrl &url, Remote &remote) const
{
    if (url == m_location && !remote.portfolio) {
        remote.portfolio = PortfolioLoader::loadBytes(remote.copy->bytes);
        if (remote.portfolio->portfolio) {
            resolveThumbnails(remote.portfolio->portfolio->publications, url);
        }
    } else if (url != m_location && !remote.bibliography) {
        remote.bibliography = BibtexReader::read(remote.copy->bytes, SourceLocation::displayName(url));
        resolveThumbnails(remote.bibliography->publications, url);
    }
}

QStringList PortfolioSource::notes() const
{
    QStringList lines;
    // The portfolio first, then its BibTeX files in a stable order.
    QList<QUrl> urls = m_remotes.keys();
    std::sort(urls.begin(), urls.end(), [this](const QUrl &a, const QUrl &b) {
        return (a == m_location) != (b == m_location) ? a == m_location : a.toString() < b.toString();
    });
    for (const QUrl &url : std::as_const(urls)) {
        const QString line = note(url, *m_remotes.constFind(url));
        if (!line.isEmpty()) {
            lines.append(line);
        }
    }
    return lines;
}

QString PortfolioSource::note(const QUrl &url, const Remote &remote) const
{
    // The age first, and the address, which can be long, last: a narrow window cuts the end off.
    const QString name = SourceLocation::displayName(url);
    if (!remote.copy) {
        return remote.fetching ? tr("Downloading %1…").arg(name) : QString();
    }
    const QString age = RelativeTime::ago(remote.copy->checkedAt);
    if (remote.fetching) {
        return tr("Copy from %2, asking for a newer one: %1…").arg(name, age);
    }
    if (!remote.failure.isEmpty()) {
        return tr("Copy from %3: %1 could not be updated (%2).").arg(name, remote.failure, age);
    }
    return tr("Up to date at %2: %1.")
        .arg(name, QLocale().toString(remote.copy->checkedAt.toLocalTime().time(), QLocale::ShortFormat));
}
