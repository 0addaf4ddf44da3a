#pragma once

#include <QImage>
#include <QSize>
#include <QString>

// The cover a publication gets when it has no thumbnail, or while its thumbnail loads: a colour
// of its venue's own, the venue at the top and the title filling the rest, the way reader apps
// draw a book they have no cover for.
class CoverGenerator
{
public:
    CoverGenerator() = delete;

    // `size` in logical pixels; the image is size * devicePixelRatio physical pixels with that
    // ratio set. The same arguments always give the same image.
    static QImage paint(const QString &title, const QString &venue, const QSize &size, qreal devicePixelRatio);
};
