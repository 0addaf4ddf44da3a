#include "ThumbnailDecoder.h"

#include <QBuffer>
#include <QByteArray>
#include <QImageReader>

ThumbnailDecoder::Result ThumbnailDecoder::decode(QIODevice &device)
{
    QImageReader reader(&device);
    reader.setAutoTransform(true);
    // A header can promise any size: refuse a big one before a single pixel is allocated...
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaximumPixels) {
        return {{}, tr("more than %L1 pixels").arg(MaximumPixels)};
    }
    // ...and have Qt refuse the same, at four bytes a pixel, for formats that tell no size up front.
    reader.setAllocationLimit(int(MaximumPixels * 4 / (1024 * 1024)) + 1);
    if (size.width() > LongestSide || size.height() > LongestSide) {
        // JPEG then decodes at a fraction of its size instead of in full.
        reader.setScaledSize(size.scaled(LongestSide, LongestSide, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return {{}, reader.error() == QImageReader::UnsupportedFormatError ? tr("not an image") : reader.errorString()};
    }
    if (image.width() > LongestSide || image.height() > LongestSide) {
        image = image.scaled(LongestSide, LongestSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    // The format QPixmap and smooth scaling work in, converted here rather than in the GUI thread.
    image.convertTo(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    return {image, {}};
}

ThumbnailDecoder::Result ThumbnailDecoder::decode(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return decode(buffer);
}
