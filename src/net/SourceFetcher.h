#pragma once

#include "SourceCache.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

struct Fetch {
    enum class Outcome { Downloaded, NotModified, Failed };
    Outcome outcome = Outcome::Failed;
    // Downloaded: the body and the validators to ask with next time.
    QByteArray bytes;
    QByteArray etag;
    QByteArray lastModified;
    // Failed: why, for a person.
    QString failure;
};

// Downloads portfolios and BibTeX files over http(s). Given the copy it has, it asks the server
// only for something newer (If-None-Match, If-Modified-Since), so an unchanged file costs one
// short answer (304 Not Modified).
class SourceFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaximumBytes = 64 * 1024 * 1024;

    explicit SourceFetcher(QObject *parent = nullptr);

    // How long a transfer may stall before it fails; 30 s unless set.
    void setTimeout(std::chrono::milliseconds timeout);
    void fetch(const QUrl &url, const std::optional<CachedCopy> &cached);
    // Forgets every fetch under way: none of them reports.
    void cancel();

Q_SIGNALS:
    void fetched(const QUrl &url, const Fetch &result);

private:
    QNetworkAccessManager *m_network;
    std::chrono::milliseconds m_timeout{30'000};
    // Counts cancel() calls, so that answers to fetches from before one are told apart.
    quint64 m_generation = 0;
};
