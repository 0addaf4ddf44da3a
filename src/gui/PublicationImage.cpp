#include "PublicationImage.h"

#include "CoverGenerator.h"
#include "Portfolio.h"
#include "ThumbnailProvider.h"

#include <QPixmapCache>

namespace PublicationImage {

QPixmap pixmap(ThumbnailProvider &thumbnails, const Publication &publication, const QSize &size,
               qreal devicePixelRatio)
{
    if (!publication.thumbnail.isEmpty()) {
        const QPixmap thumbnail = thumbnails.thumbnail(publication.thumbnail, size, devicePixelRatio);
        if (!thumbnail.isNull()) {
            return thumbnail;
        }
    }
    const QString key = QStringLiteral("cover\n%1\n%2\n%3x%4@%5")
                            .arg(publication.title, publication.venue)
                            .arg(size.width())
                            .arg(size.height())
                            .arg(devicePixelRatio);
    QPixmap cover;
    if (!QPixmapCache::find(key, &cover)) {
        cover = QPixmap::fromImage(CoverGenerator::paint(publication.title, publication.venue, size, devicePixelRatio));
        QPixmapCache::insert(key, cover);
    }
    return cover;
}

} // namespace PublicationImage
