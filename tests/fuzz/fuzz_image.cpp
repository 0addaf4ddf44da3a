// Any bytes as a thumbnail, from a file or a download, through the decoder the app uses: an image
// the views can scale from, or a reason to show instead, never both and never neither.

#include "FuzzCheck.h"
#include "ThumbnailDecoder.h"

#include <QBuffer>
#include <QByteArray>
#include <QGuiApplication>
#include <QImageReader>
#include <QStringTokenizer>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace {

// Qt's decoders are not instrumented, so libFuzzer sees only our few dozen edges and would keep a
// dozen inputs for all formats. These counters stand in for the decoders' coverage: libFuzzer
// clears them before each input and counts each one set as a feature, so an input that reaches a
// new format, warning, failure or shape of image is kept and mutated further. 1,024 of them also cap
// what they can add should the shapes below still vary too much. In the replay build they are an
// unused array.
__attribute__((used, section("__libfuzzer_extra_counters"))) uint8_t decoderSignals[1024];

void record(QByteArrayView kind, QByteArrayView value)
{
    decoderSignals[qHash(value, qHash(kind)) % sizeof decoderSignals] = 1;
}

// What kind of message it is: its first few words of letters only, and not a last one-word
// detail such as an element's name. Numbers, offsets and whatever of the input a decoder quotes
// would otherwise make nearly every message new, and the corpus would grow by thousands a minute.
QByteArray shape(const QString &message)
{
    QString text = message;
    const qsizetype detail = text.lastIndexOf(u": ");
    if (detail >= 0 && !text.sliced(detail + 2).contains(u' ')) {
        text.truncate(detail);
    }
    QByteArray words;
    int count = 0;
    for (const QStringView word : QStringTokenizer(text, u' ', Qt::SkipEmptyParts)) {
        const QStringView trimmed = word.chopped(word.endsWith(u':') || word.endsWith(u'.') ? 1 : 0);
        if (!trimmed.isEmpty() && std::all_of(trimmed.begin(), trimmed.end(), [](QChar c) {
                return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
            })) {
            words += trimmed.toLatin1() + ' ';
            if (++count == 5) {
                break;
            }
        }
    }
    return words;
}

// Decoders warn about every malformed input: at thousands a second the log would hold nothing
// else, but which warning came tells how far into a decoder the input got. A fatal message still
// aborts after the handler.
void recordMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    record(context.category != nullptr ? context.category : "", shape(message));
}

// The app decodes under its QApplication, so do the same: format plugins load without one, but an
// SVG with text needs the font database, and without a QGuiApplication that is a qFatal.
void ensureApplication()
{
    if (QCoreApplication::instance() != nullptr) {
        return;
    }
    // No display: the decoder never shows anything, and the fuzzer runs on servers.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(recordMessage);
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
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    record("format", QImageReader::imageFormat(&buffer));
    const ThumbnailDecoder::Result result = ThumbnailDecoder::decode(bytes);

    if (result.image.isNull()) {
        fuzzCheck(!result.failureReason.isEmpty(), "a failure says why");
        record("failure", shape(result.failureReason));
        return 0;
    }
    const QImage &image = result.image;
    const std::array<uint8_t, 3> outcome = {uint8_t(std::bit_width(uint32_t(image.width()))),
                                            uint8_t(std::bit_width(uint32_t(image.height()))),
                                            uint8_t(image.hasAlphaChannel())};
    record("image", QByteArrayView(outcome.data(), outcome.size()));
    fuzzCheck(result.failureReason.isEmpty(), "an image comes with no failure");
    fuzzCheck(image.width() <= ThumbnailDecoder::LongestSide && image.height() <= ThumbnailDecoder::LongestSide,
              "no side is longer than LongestSide");
    fuzzCheck(qint64(image.width()) * image.height() <= ThumbnailDecoder::MaximumPixels,
              "no more than MaximumPixels pixels");
    fuzzCheck(image.format() == (image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32),
              "premultiplied ARGB32 with an alpha channel, RGB32 without");
    return 0;
}
