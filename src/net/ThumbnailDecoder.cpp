#include "ThumbnailDecoder.h"

#include <QBuffer>
#include <QByteArray>
#include <QImageReader>
#include <QtEndian>

namespace {

// A side that would round to nothing, on a panorama or a one-pixel line, keeps one pixel: scaled to
// an empty size Qt returns a null image, and the reader an "Unknown error" for a valid image.
QSize fitted(const QSize &size)
{
    return size.scaled(ThumbnailDecoder::LongestSide, ThumbnailDecoder::LongestSide, Qt::KeepAspectRatio)
        .expandedTo(QSize(1, 1));
}

// libpng (1.6.39 in Debian 12) warns that a chunk is too large and then allocates all it declares
// before reading it: 65 bytes declaring a 2 GiB text chunk cost 2 GiB, in every thread decoding
// one. A complete PNG has no chunk longer than the bytes after it, so such a file is refused first.
bool overstatesPngChunk(QIODevice &device)
{
    static constexpr char Signature[] = "\x89PNG\r\n\x1a\n";
    static constexpr qsizetype SignatureSize = sizeof Signature - 1;
    if (device.peek(SignatureSize) != QByteArrayView(Signature, SignatureSize)) {
        return false;
    }
    // Peeking leaves the device where the reader expects it; files are at most 20 MiB.
    const QByteArray bytes = device.peek(device.bytesAvailable());
    // Each chunk: a 4-byte length, a 4-byte type, the data, a 4-byte CRC.
    for (qsizetype position = SignatureSize; position + 8 <= bytes.size();) {
        const qint64 length = qFromBigEndian<quint32>(bytes.constData() + position);
        if (length > bytes.size() - position - 12) {
            return true;
        }
        if (QByteArrayView(bytes.constData() + position + 4, 4) == "IEND") {
            break;
        }
        position += 12 + length;
    }
    return false;
}

} // namespace

ThumbnailDecoder::Result ThumbnailDecoder::decode(QIODevice &device)
{
    if (overstatesPngChunk(device)) {
        return {{}, tr("damaged image")};
    }
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
        reader.setScaledSize(fitted(size));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return {{}, reader.error() == QImageReader::UnsupportedFormatError ? tr("not an image") : reader.errorString()};
    }
    if (image.width() > LongestSide || image.height() > LongestSide) {
        image = image.scaled(fitted(image.size()), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
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
