#pragma once

#include <QFont>
#include <QList>
#include <QSize>
#include <QString>
#include <QTextLayout>
#include <QVarLengthArray>

#include <memory>
#include <utility>
#include <vector>

// Plain text broken into lines for a width as QPainter::drawText and a word-wrapped QLabel
// break it: at word boundaries, each line below the one before, the font's leading between them.
// The text comes in parts that each begin on a new line, as a title and a line under it.
//
// While a window first shows, Qt's layouts ask a wrapped widget for its size at the same few
// widths again and again, and QLabel lays its whole text out anew for every answer (about ten
// times a paragraph on the Overview, counting its size hints and its paint). This lays out each
// width once: it remembers the extent of the last few widths, and keeps the lines of the last
// two to paint and hit-test from.
class WrappedText
{
public:
    struct Part {
        QString text;
        QFont font;
    };
    // Rounded up to whole pixels, as QFontMetrics::boundingRect() rounds.
    struct Extent {
        int widestLine;
        int tallestLine;
        int height;
    };

    void setParts(const QList<Part> &parts);
    // horizontal: Qt::AlignLeft, Qt::AlignRight or Qt::AlignHCenter, already made visual.
    void setLayout(Qt::LayoutDirection direction, Qt::Alignment horizontal);
    // For when the same fonts may now measure differently: another style or screen.
    void forget();

    Extent extent(int width);
    // The longest word's width and the tallest line's height, rounded up: the least a widget
    // needs to show the text, as QLabel's minimum size hint measures it. Without lines yet, it
    // lays the parts out at width, which the caller will likely ask for next.
    QSize narrowest(int width);
    // Lays the parts out in lines no wider than width, unless they are already; returns their
    // height, not rounded. part() then has those lines.
    qreal layOut(int width);
    qsizetype partCount() const;
    const QTextLayout &part(qsizetype index) const;

private:
    // The parts' layouts, laid out for one width.
    struct Lines {
        std::vector<std::unique_ptr<QTextLayout>> parts;
        int width = -1;
        qreal height = 0;
        qreal widest = 0;
        qreal tallest = 0;
    };
    void layOut(Lines &lines, int width) const;

    QList<Part> m_parts;
    QTextOption m_option;
    // Two: a layout pass asks for the height at the width a widget prefers and at the width it
    // gets, and a window can be narrower than the text would like.
    Lines m_lines[2];
    int m_current = 0;
    // Few: a layout pass asks for a handful of widths, and dragging a window's edge would
    // otherwise keep every width it went through.
    static constexpr qsizetype Remembered = 8;
    QVarLengthArray<std::pair<int, Extent>, Remembered> m_extents;
};
