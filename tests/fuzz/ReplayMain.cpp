// Runs a fuzz target over files instead of under libFuzzer, so the corpus replays with any
// compiler: each argument is a file or a directory of files.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool replay(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(fileName));
        return false;
    }
    const QByteArray bytes = file.readAll();
    // Said before the run, so the last name printed is the input that crashed.
    std::printf("%s\n", qPrintable(fileName));
    std::fflush(stdout);
    // A heap block of exactly the input's size, as libFuzzer passes it: QByteArray keeps a NUL
    // and spare capacity past the end, where a read out of bounds would go unnoticed by ASan.
    const auto exact = std::make_unique<uint8_t[]>(size_t(bytes.size()));
    std::copy(bytes.cbegin(), bytes.cend(), exact.get());
    LLVMFuzzerTestOneInput(exact.get(), size_t(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int replayed = 0;
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(argument).isDir()) {
            QDirIterator files(argument, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                ok = replay(files.next()) && ok;
                ++replayed;
            }
        } else {
            ok = replay(argument) && ok;
            ++replayed;
        }
    }
    std::printf("replayed %d inputs\n", replayed);
    return ok && replayed > 0 ? 0 : 1;
}
