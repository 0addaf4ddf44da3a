#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// Reads structured values off a fuzzer's bytes. Texts are separated by 0xFF, a byte that never
// occurs in UTF-8, so any valid UTF-8 (control characters and NUL included) can be a field; the
// fuzzer's other invalid sequences decode to U+FFFD, as QString::fromUtf8 does in the app.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size);

    // The next field, cut to at most maximumLength UTF-16 units; empty once the bytes run out.
    QString text(qsizetype maximumLength);
    // The next byte, or 0 once the bytes run out.
    uint8_t byte();
    bool atEnd() const;

private:
    QByteArray m_bytes;
    qsizetype m_position = 0;
};
