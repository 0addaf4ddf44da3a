#include "BoundedDownload.h"

#include "NetworkError.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace {

// How far Qt's network thread may read ahead of the thread that takes the bytes. Without a bound
// it reads as fast as the server sends while that thread is busy, and the limit below would
// count the bytes only once they had all been taken into memory.
constexpr qint64 ReadAheadBytes = 1024 * 1024;

} // namespace

void BoundedDownload::get(QNetworkAccessManager &network, QNetworkRequest request, qint64 maximumBytes,
                          QObject *context, Done done)
{
    request.setMaximumRedirectsAllowed(MaximumRedirects);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    reply->setReadBufferSize(ReadAheadBytes);
    struct Transfer {
        QByteArray bytes;
        QString abortReason;
    };
    const auto transfer = std::make_shared<Transfer>();
    const QString tooBig = tooLarge(maximumBytes);
    const auto abort = [reply, transfer, tooBig] {
        transfer->abortReason = tooBig;
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, context, [reply, maximumBytes, abort] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > maximumBytes) {
            abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, context, [reply, transfer, maximumBytes, abort] {
        const QByteArray chunk = reply->readAll();
        if (transfer->bytes.size() + chunk.size() > maximumBytes) {
            abort();
            return;
        }
        transfer->bytes += chunk;
    });
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, transfer, done = std::move(done)] {
        reply->deleteLater();
        if (!transfer->abortReason.isEmpty()) {
            done(*reply, {}, transfer->abortReason);
        } else if (reply->error() != QNetworkReply::NoError) {
            done(*reply, {}, NetworkError::describe(*reply));
        } else {
            done(*reply, std::move(transfer->bytes), {});
        }
    });
}

QString BoundedDownload::tooLarge(qint64 maximumBytes)
{
    return tr("larger than %1 MiB").arg(maximumBytes / (1024 * 1024));
}
