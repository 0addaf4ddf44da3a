#include "SourceCache.h"

#include "AtomicFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

// A file holds one line of JSON about the copy, then the bytes as they came.
SourceCache::SourceCache(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/sources"_s
                      : directory)
{
}

QString SourceCache::fileName(const QUrl &url) const
{
    const QByteArray key = QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha256).toHex();
    return m_directory + u'/' + QString::fromLatin1(key);
}

std::optional<CachedCopy> SourceCache::load(const QUrl &url) const
{
    QFile file(fileName(url));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonObject about = QJsonDocument::fromJson(file.readLine()).object();
    // The name is a hash: the address inside tells a copy of this address from a collision.
    if (about.value("url"_L1).toString() != QString::fromLatin1(url.toEncoded())) {
        return std::nullopt;
    }
    CachedCopy copy;
    copy.etag = about.value("etag"_L1).toString().toLatin1();
    copy.lastModified = about.value("lastModified"_L1).toString().toLatin1();
    copy.checkedAt = QDateTime::fromString(about.value("checkedAt"_L1).toString(), Qt::ISODateWithMs);
    copy.bytes = file.readAll();
    if (!copy.checkedAt.isValid() || qint64(copy.bytes.size()) != about.value("size"_L1).toInteger(-1)) {
        return std::nullopt;
    }
    return copy;
}

bool SourceCache::store(const QUrl &url, const CachedCopy &copy, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error) {
            *error = tr("cannot make the folder %1").arg(QDir::toNativeSeparators(m_directory));
        }
        return false;
    }
    const QJsonObject about{{"url"_L1, QString::fromLatin1(url.toEncoded())},
                            {"etag"_L1, QString::fromLatin1(copy.etag)},
                            {"lastModified"_L1, QString::fromLatin1(copy.lastModified)},
                            {"checkedAt"_L1, copy.checkedAt.toUTC().toString(Qt::ISODateWithMs)},
                            {"size"_L1, qint64(copy.bytes.size())}};
    return AtomicFile::write(fileName(url), QJsonDocument(about).toJson(QJsonDocument::Compact) + '\n' + copy.bytes,
                             error);
}
