#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QByteArray;
class QIODevice;

// Turns the bytes of a thumbnail, from a file or a download, into the image the views scale
// copies from. Kept apart from ThumbnailProvider so the fuzz target decodes exactly what the app
// does. Safe to call from any thread at once.
class ThumbnailDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ThumbnailDecoder)

public:
    ThumbnailDecoder() = delete;

    struct Result {
        // Null exactly when failureReason says why.
        QImage image;
        QString failureReason;
    };

    // The image at most LongestSide pixels on either side, in Format_ARGB32_Premultiplied when it
    // has an alpha channel and Format_RGB32 otherwise.
    static Result decode(QIODevice &device);
    static Result decode(const QByteArray &bytes);

    // Sharp in a detail pane at three times the density, and at most 4 MiB kept per source.
    static constexpr int LongestSide = 1024;
    // Images whose header promises more pixels fail before any pixel is decoded.
    static constexpr qint64 MaximumPixels = 50'000'000;
};
