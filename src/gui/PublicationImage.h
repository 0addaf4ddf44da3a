#pragma once

#include <QPixmap>

class ThumbnailProvider;
struct Publication;

namespace PublicationImage {

// The publication's thumbnail at `size` logical pixels for `devicePixelRatio`, or, while it loads
// or when it failed, a cover generated from its title and venue. Covers are cached, so painting a
// row costs a lookup.
QPixmap pixmap(ThumbnailProvider &thumbnails, const Publication &publication, const QSize &size,
               qreal devicePixelRatio);

} // namespace PublicationImage
