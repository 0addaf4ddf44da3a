#include "WrappedText.h"

#include <QFontMetricsF>
#include <QtMath>

void WrappedText::setParts(const QList<Part> &parts)
{
    m_parts = parts;
    for (Part &part : m_parts) {
        // A line feed breaks the line in drawText(); QTextLayout breaks at a line separator.
        part.text.replace(u'\n', QChar::LineSeparator);
    }
    for (Lines &lines : m_lines) {
        lines.parts.clear();
    }
    forget();
}

void WrappedText::setLayout(Qt::LayoutDirection direction, Qt::Alignment horizontal)
{
    QTextOption option(horizontal & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WordWrap);
    option.setTextDirection(direction);
    if (option.alignment() != m_option.alignment() || option.textDirection() != m_option.textDirection()
        || option.wrapMode() != m_option.wrapMode()) {
        m_option = option;
        forget();
    }
}

void WrappedText::forget()
{
    for (Lines &lines : m_lines) {
        lines.width = -1;
    }
    m_extents.clear();
}

WrappedText::Extent WrappedText::extent(int width)
{
    for (const auto &[knownWidth, known] : std::as_const(m_extents)) {
        if (knownWidth == width) {
            return known;
        }
    }
    layOut(width);
    const Lines &lines = m_lines[m_current];
    const Extent result{qCeil(lines.widest), qCeil(lines.tallest), qCeil(lines.height)};
    if (m_extents.size() == Remembered) {
        m_extents.remove(0);
    }
    m_extents.append({width, result});
    return result;
}

QSize WrappedText::narrowest(int width)
{
    const Lines *lines = &m_lines[m_current];
    if (lines->width < 0) {
        layOut(width);
        lines = &m_lines[m_current];
    }
    // Line breaking records the widest run it could not break, whatever the width: no need to
    // shape the text once more to break it after every word.
    qreal longestWord = 0;
    for (const std::unique_ptr<QTextLayout> &layout : lines->parts) {
        longestWord = qMax(longestWord, layout->minimumWidth());
    }
    return {qCeil(longestWord), qCeil(lines->tallest)};
}

qreal WrappedText::layOut(int width)
{
    if (m_lines[m_current].width != width) {
        const int other = 1 - m_current;
        m_current = other;
        if (m_lines[other].width != width) {
            layOut(m_lines[other], width);
        }
    }
    return m_lines[m_current].height;
}

void WrappedText::layOut(Lines &lines, int width) const
{
    if (lines.parts.empty()) {
        for (const Part &part : m_parts) {
            auto layout = std::make_unique<QTextLayout>(part.text, part.font);
            // Otherwise endLayout() drops the shaped glyphs, and painting shapes the text again.
            layout->setCacheEnabled(true);
            lines.parts.push_back(std::move(layout));
        }
    }
    qreal y = 0;
    qreal bottom = 0;
    qreal widest = 0;
    qreal tallest = 0;
    bool firstLine = true;
    for (const std::unique_ptr<QTextLayout> &layout : lines.parts) {
        const qreal leading = QFontMetricsF(layout->font()).leading();
        layout->setTextOption(m_option);
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            if (!firstLine) {
                y += leading;
            }
            firstLine = false;
            line.setPosition(QPointF(0, y));
            // A line's height is rounded up, and the next line starts there; the text ends at the
            // last line's descent, as drawText() measures it. That matters when a fallback font
            // (for Chinese, say) gives the lines a height that is not a whole number of pixels.
            bottom = y + line.ascent() + line.descent();
            y += line.height();
            widest = qMax(widest, line.naturalTextWidth());
            tallest = qMax(tallest, line.height());
        }
        layout->endLayout();
    }
    lines.width = width;
    lines.height = bottom;
    lines.widest = widest;
    lines.tallest = tallest;
}

qsizetype WrappedText::partCount() const
{
    return m_parts.size();
}

const QTextLayout &WrappedText::part(qsizetype index) const
{
    return *m_lines[m_current].parts[size_t(index)];
}
