// Any bytes as a thumbnail, from a file or a download, through the decoder the app uses: an image
// the views can scale from, or a reason to show instead, never both and never neither.

#include "FuzzCheck.h"
#include "ThumbnailDecoder.h"

#include <QByteArray>
#include <QGuiApplication>

#include <cstddef>
#include <cstdint>

namespace {

void ignoreMessage(QtMsgType, const QMessageLogContext &, const QString &)
{
}

// The app decodes under its QApplication, so do the same: image format plugins are found through
// the application, and an SVG's text needs the font database, which a QGuiApplication brings.
void ensureApplication()
{
    if (QCoreApplication::instance() != nullptr) {
        return;
    }
    // No display: the decoder never shows anything, and the fuzzer runs on servers.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Decoders warn about every malformed input; at thousands a second the warnings would be all
    // the log holds. A fatal message still aborts after the handler.
    qInstallMessageHandler(ignoreMessage);
    static int argc = 1;
    static char name[] = "fuzz_image";
    static char *argv[] = {name, nullptr};
    // Never destroyed: after main, Qt's own globals may already be gone.
    static auto *application = new QGuiApplication(argc, argv);
    Q_UNUSED(application);
}

} // namespace

// Read by LeakSanitizer in the fuzz and asan builds. The application is never destroyed, so what
// fontconfig allocated to lay out an SVG's text is never released, and fontconfig holds it in a way
// LeakSanitizer cannot follow: every run would end in a leak report about Qt's fonts, not our code.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    // Not a copy, so a read past the input lands outside libFuzzer's block.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ThumbnailDecoder::Result result = ThumbnailDecoder::decode(bytes);

    if (result.image.isNull()) {
        fuzzCheck(!result.failureReason.isEmpty(), "a failure says why");
        return 0;
    }
    const QImage &image = result.image;
    fuzzCheck(result.failureReason.isEmpty(), "an image comes with no failure");
    fuzzCheck(image.width() <= ThumbnailDecoder::LongestSide && image.height() <= ThumbnailDecoder::LongestSide,
              "no side is longer than LongestSide");
    fuzzCheck(qint64(image.width()) * image.height() <= ThumbnailDecoder::MaximumPixels,
              "no more than MaximumPixels pixels");
    fuzzCheck(image.format() == (image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32),
              "premultiplied ARGB32 with an alpha channel, RGB32 without");
    return 0;
}
