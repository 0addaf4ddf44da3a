#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

// The last good copy of a downloaded portfolio or BibTeX file, with what the server said about it.
struct CachedCopy {
    QByteArray bytes;
    // The validators for a conditional request, as the server sent them; either may be empty.
    QByteArray etag;
    QByteArray lastModified;
    // When the server last sent or confirmed these bytes.
    QDateTime checkedAt;
};

// Keeps one copy per address, for showing it offline and asking the server only for changes.
// Each copy is one file, written at once, so a crash mid-write leaves the copy before it.
class SourceCache
{
    Q_DECLARE_TR_FUNCTIONS(SourceCache)

public:
    // QStandardPaths::CacheLocation + "/sources" unless given another folder.
    explicit SourceCache(const QString &directory = {});

    std::optional<CachedCopy> load(const QUrl &url) const;
    // False, with the reason in *error, when the copy could not be written.
    bool store(const QUrl &url, const CachedCopy &copy, QString *error = nullptr) const;

private:
    QString fileName(const QUrl &url) const;

    QString m_directory;
};
