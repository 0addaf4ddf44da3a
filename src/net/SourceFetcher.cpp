#include "SourceFetcher.h"

#include "BoundedDownload.h"
#include "NetworkError.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

SourceFetcher::SourceFetcher(QObject *parent)
    : QObject(parent)
    // A child rather than a member: its replies go after this object's connections are gone.
    , m_network(new QNetworkAccessManager(this))
{
}

void SourceFetcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void SourceFetcher::fetch(const QUrl &url, const std::optional<CachedCopy> &cached)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_timeout.count()));
    if (cached) {
        if (!cached->etag.isEmpty()) {
            request.setRawHeader("If-None-Match", cached->etag);
        }
        if (!cached->lastModified.isEmpty()) {
            request.setRawHeader("If-Modified-Since", cached->lastModified);
        }
    }
    const bool conditional = cached.has_value();
    BoundedDownload::get(
        *m_network, request, MaximumBytes, this,
        [this, url, conditional, generation = m_generation](const QNetworkReply &reply, QByteArray body,
                                                             const QString &failure) {
            if (generation != m_generation) {
                return;
            }
            Fetch result;
            const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (!failure.isEmpty()) {
                result.failure = failure;
            } else if (status == 304 && conditional) {
                result.outcome = Fetch::Outcome::NotModified;
            } else if (status >= 200 && status < 300) {
                result.outcome = Fetch::Outcome::Downloaded;
                result.bytes = std::move(body);
                result.etag = reply.rawHeader("ETag");
                result.lastModified = reply.rawHeader("Last-Modified");
            } else {
                result.failure = NetworkError::tr("HTTP %1").arg(status);
            }
            Q_EMIT fetched(url, result);
        });
}

void SourceFetcher::cancel()
{
    ++m_generation;
    const QList<QNetworkReply *> replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        reply->abort();
    }
}
