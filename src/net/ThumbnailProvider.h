#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QString>

#include <chrono>

class QNetworkAccessManager;
class QUrl;

// Publication thumbnails for the views: a resource path (":/..."), a file path (relative to the
// base directory, or absolute) or an http(s) URL. Nothing blocks the calling thread: files are
// read and images decoded in the thread pool, downloads are asynchronous, and each source is
// loaded once; a failure is remembered rather than retried on every repaint.
class ThumbnailProvider : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Loading, Ready, Failed };

    // Downloads are cached on disk in QStandardPaths::CacheLocation + "/thumbnails".
    explicit ThumbnailProvider(QObject *parent = nullptr);

    // The directory relative paths are resolved against, normally the portfolio file's. Changing
    // it forgets what was loaded from relative paths.
    void setBaseDirectory(const QString &directory);
    // How long a download may go without receiving anything before it fails; applies to downloads
    // started afterwards.
    void setTransferTimeout(std::chrono::milliseconds timeout);

    // The image scaled to fit inside `size` (logical pixels) at `devicePixelRatio`, with that ratio
    // set; a null pixmap while it loads, after it failed, or for an empty source or size. The
    // first request for a source starts its load, and thumbnailChanged() tells when it ends; it
    // is never emitted from inside this call.
    QPixmap thumbnail(const QString &source, const QSize &size, qreal devicePixelRatio);
    State state(const QString &source) const;
    // Why the source failed, e.g. "HTTP 404" or "timed out"; empty unless it did.
    QString failureReason(const QString &source) const;

    // Larger files and downloads fail without being read to the end.
    static constexpr qint64 MaximumBytes = 20 * 1024 * 1024;

Q_SIGNALS:
    // The source finished loading, or failed: whoever shows it should repaint.
    void thumbnailChanged(const QString &source);

private:
    struct Entry {
        State state = State::Loading;
        QString failureReason;
        // At most 1,024 pixels on the long side; scaled copies for the views come from it.
        QImage image;
        // Tells this load's result from that of a load setBaseDirectory() forgot.
        quint64 ticket = 0;
    };

    void load(const QString &source, quint64 ticket);
    void download(const QString &source, const QUrl &url, quint64 ticket);
    // Runs `work` in the thread pool and finishes the load with the image or failure it returns.
    template<typename Work>
    void decodeInPool(const QString &source, quint64 ticket, Work work);
    void finish(const QString &source, quint64 ticket, const QImage &image, const QString &failureReason);

    QHash<QString, Entry> m_entries;
    // Scaled pixmaps by source, size and ratio, so repaints cost a lookup; the cost is in KiB.
    QCache<QString, QPixmap> m_scaled;
    QString m_baseDirectory;
    std::chrono::milliseconds m_transferTimeout{15'000};
    quint64 m_lastTicket = 0;
    QNetworkAccessManager *m_network;
};
