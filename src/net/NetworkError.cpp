#include "NetworkError.h"

#include <QNetworkReply>

QString NetworkError::describe(const QNetworkReply &reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        return tr("HTTP %1").arg(status);
    }
    switch (reply.error()) {
    // Qt 6.4 ends a transfer that timed out as if cancelled; the app itself never cancels a
    // download whose outcome it still wants.
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return tr("timed out");
    case QNetworkReply::TooManyRedirectsError:
        return tr("too many redirects");
    case QNetworkReply::InsecureRedirectError:
        return tr("redirected to a less safe address");
    case QNetworkReply::RemoteHostClosedError:
        return tr("connection closed by the server");
    // Only http and https are ever asked for, so an unknown protocol comes from a redirect.
    case QNetworkReply::ProtocolUnknownError:
        return tr("redirected to an unsupported scheme");
    default:
        return reply.errorString();
    }
}
