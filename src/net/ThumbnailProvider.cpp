#include "ThumbnailProvider.h"

#include "BoundedDownload.h"
#include "SourceLocation.h"
#include "ThumbnailDecoder.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QtConcurrentRun>


using namespace Qt::StringLiterals;

namespace {

// What the scaled pixmaps for repaints may take, in KiB.
constexpr int ScaledCacheKiB = 32 * 1024;

using Loaded = ThumbnailDecoder::Result;

// Runs in the thread pool.
Loaded readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return {{}, ThumbnailProvider::tr("no such file")};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return {{}, file.errorString()};
    }
    if (file.size() > ThumbnailProvider::MaximumBytes) {
        return {{}, BoundedDownload::tooLarge(ThumbnailProvider::MaximumBytes)};
    }
    return ThumbnailDecoder::decode(file);
}

} // namespace

ThumbnailProvider::ThumbnailProvider(QObject *parent)
    : QObject(parent)
    , m_scaled(ScaledCacheKiB)
    // A child rather than a member: its replies are deleted after this object's connections are
    // gone, so no handler of theirs can run on a half-destroyed provider.
    , m_network(new QNetworkAccessManager(this))
{
    auto *cache = new QNetworkDiskCache(m_network);
    cache->setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/thumbnails"_s);
    m_network->setCache(cache);
}

void ThumbnailProvider::setBaseDirectory(const QString &directory)
{
    if (directory == m_baseDirectory) {
        return;
    }
    m_baseDirectory = directory;
    // Relative paths now name other files; loads still running for them are ignored by ticket.
    m_entries.removeIf([](QHash<QString, Entry>::iterator entry) {
        return !SourceLocation::hasScheme(entry.key()) && QDir::isRelativePath(entry.key());
    });
    m_scaled.clear();
}

void ThumbnailProvider::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_transferTimeout = timeout;
}

QPixmap ThumbnailProvider::thumbnail(const QString &source, const QSize &size, qreal devicePixelRatio)
{
    if (source.isEmpty()) {
        return {};
    }
    const auto entry = m_entries.constFind(source);
    if (entry == m_entries.cend()) {
        load(source, ++m_lastTicket);
        return {};
    }
    if (entry->state != State::Ready || size.isEmpty() || devicePixelRatio <= 0) {
        return {};
    }
    const QString key = source % u'\n' % QString::number(size.width()) % u'x' % QString::number(size.height())
        % u'@' % QString::number(devicePixelRatio);
    if (const QPixmap *scaled = m_scaled.object(key)) {
        return *scaled;
    }
    const QSize fitted =
        entry->image.size().scaled(size * devicePixelRatio, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    QPixmap pixmap = QPixmap::fromImage(entry->image.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    m_scaled.insert(key, new QPixmap(pixmap), qsizetype(fitted.width()) * fitted.height() * 4 / 1024 + 1);
    return pixmap;
}

ThumbnailProvider::State ThumbnailProvider::state(const QString &source) const
{
    const auto entry = m_entries.constFind(source);
    return entry == m_entries.cend() ? State::Unknown : entry->state;
}

QString ThumbnailProvider::failureReason(const QString &source) const
{
    return m_entries.value(source).failureReason;
}

template<typename Work>
void ThumbnailProvider::decodeInPool(const QString &source, quint64 ticket, Work work)
{
    // A child: if the provider goes first, the result is dropped with the watcher.
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, source, ticket] {
        watcher->deleteLater();
        const Loaded loaded = watcher->result();
        finish(source, ticket, loaded.image, loaded.failureReason);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void ThumbnailProvider::load(const QString &source, quint64 ticket)
{
    m_entries.insert(source, Entry{State::Loading, {}, {}, ticket});
    if (!SourceLocation::hasScheme(source)) {
        // A resource path is absolute to QDir, so only file paths are resolved.
        decodeInPool(source, ticket, [path = QDir(m_baseDirectory).filePath(source)] { return readFile(path); });
        return;
    }
    const QUrl url(source);
    if (url.scheme() == u"http" || url.scheme() == u"https") {
        download(source, url, ticket);
        return;
    }
    // Queued like every other ending, so thumbnailChanged() never comes from inside thumbnail().
    const QString reason = tr("unsupported scheme \"%1\"").arg(url.scheme());
    QMetaObject::invokeMethod(
        this, [this, source, ticket, reason] { finish(source, ticket, {}, reason); }, Qt::QueuedConnection);
}

void ThumbnailProvider::download(const QString &source, const QUrl &url, quint64 ticket)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_transferTimeout.count()));
    BoundedDownload::get(*m_network, request, MaximumBytes, this,
                         [this, source, ticket](const QNetworkReply &, QByteArray body, const QString &failure) {
                             if (!failure.isEmpty()) {
                                 finish(source, ticket, {}, failure);
                                 return;
                             }
                             decodeInPool(source, ticket, [bytes = std::move(body)] {
                                 return ThumbnailDecoder::decode(bytes);
                             });
                         });
}

void ThumbnailProvider::finish(const QString &source, quint64 ticket, const QImage &image, const QString &failureReason)
{
    const auto entry = m_entries.find(source);
    if (entry == m_entries.end() || entry->ticket != ticket) {
        return;
    }
    entry->state = image.isNull() ? State::Failed : State::Ready;
    entry->image = image;
    entry->failureReason = failureReason;
    Q_EMIT thumbnailChanged(source);
}
