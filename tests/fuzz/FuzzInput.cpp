#include "FuzzInput.h"

namespace {

constexpr char Separator = char(0xff);

} // namespace

FuzzInput::FuzzInput(const uint8_t *data, size_t size)
    : m_bytes(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)))
{
}

QString FuzzInput::text(qsizetype maximumLength)
{
    if (atEnd()) {
        return {};
    }
    qsizetype end = m_bytes.indexOf(Separator, m_position);
    if (end < 0) {
        end = m_bytes.size();
    }
    const QString value = QString::fromUtf8(m_bytes.mid(m_position, end - m_position));
    m_position = end + 1;
    return value.left(maximumLength);
}

uint8_t FuzzInput::byte()
{
    return atEnd() ? 0 : uint8_t(m_bytes.at(m_position++));
}

bool FuzzInput::atEnd() const
{
    return m_position >= m_bytes.size();
}
