#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QObject;

// A GET whose body is collected up to a size limit, so that no server can fill the memory: a
// length announced over the limit ends the transfer at once, and the bytes are counted as they
// arrive for servers that announce none or a wrong one. Redirects are followed a few times, and
// never from https to http.
class BoundedDownload
{
    Q_DECLARE_TR_FUNCTIONS(BoundedDownload)

public:
    static constexpr int MaximumRedirects = 5;

    // `failure` is empty when the body arrived whole; it is called once, with `context` alive,
    // and the reply is deleted after it returns.
    using Done = std::function<void(const QNetworkReply &reply, QByteArray body, const QString &failure)>;

    static void get(QNetworkAccessManager &network, QNetworkRequest request, qint64 maximumBytes, QObject *context,
                    Done done);
    // The failure for a body over the limit; files read from disk use it too.
    static QString tooLarge(qint64 maximumBytes);
};
