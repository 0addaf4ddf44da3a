#include "WrappingLabel.h"

#include "Typography.h"

#include <QEvent>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

WrappingLabel::WrappingLabel(QWidget *parent)
    : WrappingLabel(QString(), parent)
{
}

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

QSize WrappingLabel::sizeHint() const
{
    if (!isPlainWrapped()) {
        return QLabel::sizeHint();
    }
    // As QLabel: the text in lines of about 80 characters at most. QLabel then tries half and a
    // quarter of that for a text of a few lines, to look less wide; this does not, as a column
    // of paragraphs gives its labels one width anyway, and each try is another layout.
    const QMargins margins = contentsMargins();
    const int width = qMin(Typography::measure(fontMetrics()), maximumWidth()) - margins.left() - margins.right();
    const WrappedText::Extent extent = wrapped().extent(qMax(0, width));
    return QSize(extent.widestLine + margins.left() + margins.right(), extent.height + margins.top() + margins.bottom())
        .expandedTo(minimumSize());
}

QSize WrappingLabel::minimumSizeHint() const
{
    if (!isPlainWrapped()) {
        return QLabel::minimumSizeHint();
    }
    // As QLabel: as narrow as the longest word, as low as one line.
    const QMargins margins = contentsMargins();
    const QSize preferred = sizeHint();
    const QSize narrowest = wrapped().narrowest(preferred.width() - margins.left() - margins.right());
    const int height = qMin(narrowest.height(), preferred.height() - margins.top() - margins.bottom());
    return QSize(narrowest.width() + margins.left() + margins.right(), height + margins.top() + margins.bottom())
        .expandedTo(minimumSize());
}

int WrappingLabel::heightForWidth(int width) const
{
    if (!isPlainWrapped()) {
        return QLabel::heightForWidth(width);
    }
    const QMargins margins = contentsMargins();
    const int textWidth = qMax(0, width - margins.left() - margins.right());
    return qMax(wrapped().extent(textWidth).height + margins.top() + margins.bottom(), minimumHeight());
}

bool WrappingLabel::event(QEvent *event)
{
    switch (event->type()) {
    // The same font can measure differently under another style or on a screen of another DPI.
    case QEvent::StyleChange:
    case QEvent::ScreenChangeInternal:
        m_wrapped.forget();
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

void WrappingLabel::paintEvent(QPaintEvent *event)
{
    if (!isPlainWrapped()) {
        QLabel::paintEvent(event);
        return;
    }
    const QRect rect = contentsRect();
    const qreal height = wrapped().layOut(rect.width());
    // Placed as QPainter::drawText() places a label's text, which QLabel paints with.
    qreal y = rect.y();
    if (alignment() & Qt::AlignBottom) {
        y += rect.height() - height;
    } else if (alignment() & Qt::AlignVCenter) {
        y += (rect.height() - height) / 2;
    }
    QPainter painter(this);
    painter.setPen(QPen(palette().brush(foregroundRole()), painter.pen().widthF()));
    m_wrapped.part(0).draw(&painter, QPointF(rect.x(), y));
}

bool WrappingLabel::isPlainWrapped() const
{
    // An empty QLabel has no height for a width at all; QLabel says so best.
    return !text().isEmpty() && wordWrap() && textFormat() == Qt::PlainText && margin() == 0 && indent() <= 0
        && frameWidth() == 0 && pixmap().isNull() && !movie();
}

WrappedText &WrappingLabel::wrapped() const
{
    const QString current = text();
    const QFont currentFont = font();
    if (!m_hasParts || current != m_wrappedText || currentFont != m_wrappedFont) {
        m_wrapped.setParts({{current, currentFont}});
        m_wrappedText = current;
        m_wrappedFont = currentFont;
        m_hasParts = true;
    }
    // As QLabel: lines run in the widget's direction, but aligned by the text's own.
    const Qt::LayoutDirection textDirection = current.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    m_wrapped.setLayout(layoutDirection(), QStyle::visualAlignment(textDirection, alignment()));
    return m_wrapped;
}
