#include "WrappingLink.h"

#include "Typography.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace {

constexpr qsizetype Title = 0;
constexpr qsizetype Caption = 1;

} // namespace

WrappingLink::WrappingLink(const QString &title, const QString &caption, QWidget *parent)
    : QAbstractButton(parent)
    , m_title(title)
    , m_caption(caption)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(true); // for the pointing hand over the title only
    // Not setText(): an ampersand in a title would become a keyboard shortcut.
    setAccessibleName(title);
    setAccessibleDescription(caption);
}

QString WrappingLink::title() const
{
    return m_title;
}

QString WrappingLink::caption() const
{
    return m_caption;
}

QSize WrappingLink::sizeHint() const
{
    // As a wrapped label: lines of about 80 characters at most.
    const QMargins margins = contentsMargins();
    const WrappedText::Extent extent = wrapped().extent(Typography::measure(fontMetrics()));
    return {extent.widestLine + margins.left() + margins.right(), extent.height + margins.top() + margins.bottom()};
}

QSize WrappingLink::minimumSizeHint() const
{
    // As a wrapped label: as narrow as the longest word, as low as one line of each text.
    const QMargins margins = contentsMargins();
    const QSize narrowest = wrapped().narrowest(Typography::measure(fontMetrics()));
    return {narrowest.width() + margins.left() + margins.right(),
            narrowest.height() * int(m_wrapped.partCount()) + margins.top() + margins.bottom()};
}

int WrappingLink::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    const int textWidth = qMax(0, width - margins.left() - margins.right());
    return wrapped().extent(textWidth).height + margins.top() + margins.bottom();
}

bool WrappingLink::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LayoutDirectionChange:
    // The same font can measure differently on a screen of another DPI.
    case QEvent::ScreenChangeInternal:
        m_hasParts = false;
        updateGeometry();
        break;
    default:
        break;
    }
    return QAbstractButton::event(event);
}

void WrappingLink::paintEvent(QPaintEvent *)
{
    const QRect rect = contentsRect();
    wrapped().layOut(rect.width());
    QPainter painter(this);
    QList<QTextLayout::FormatRange> selections;
    // A focused link is shown selected, as a label's link was; like Fusion's focus frame, only
    // once the keyboard has moved focus, so a click does not leave a highlight behind.
    if (hasFocus() && window()->testAttribute(Qt::WA_KeyboardFocusChange)) {
        QTextLayout::FormatRange whole;
        whole.start = 0;
        whole.length = int(m_title.size());
        whole.format.setBackground(palette().highlight());
        whole.format.setForeground(palette().highlightedText());
        selections.append(whole);
    }
    painter.setPen(palette().color(QPalette::Link));
    m_wrapped.part(Title).draw(&painter, rect.topLeft(), selections);
    if (m_wrapped.partCount() > Caption) {
        painter.setPen(palette().color(QPalette::WindowText));
        m_wrapped.part(Caption).draw(&painter, rect.topLeft());
    }
}

void WrappingLink::keyPressEvent(QKeyEvent *event)
{
    // Space is QAbstractButton's already; Enter is what a link answers to.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (!event->isAutoRepeat()) {
            click();
        }
        event->accept();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void WrappingLink::mouseMoveEvent(QMouseEvent *event)
{
    if (hitButton(event->position().toPoint())) {
        setCursor(Qt::PointingHandCursor);
    } else {
        unsetCursor();
    }
    QAbstractButton::mouseMoveEvent(event);
}

bool WrappingLink::hitButton(const QPoint &pos) const
{
    const QRect rect = contentsRect();
    wrapped().layOut(rect.width());
    const QTextLayout &title = m_wrapped.part(Title);
    for (int i = 0; i < title.lineCount(); ++i) {
        if (title.lineAt(i).naturalTextRect().translated(rect.topLeft()).contains(pos)) {
            return true;
        }
    }
    return false;
}

WrappedText &WrappingLink::wrapped() const
{
    if (!m_hasParts) {
        QFont titleFont = font();
        titleFont.setUnderline(true);
        QList<WrappedText::Part> parts{{m_title, titleFont}};
        if (!m_caption.isEmpty()) {
            parts.append({m_caption, font()});
        }
        m_wrapped.setParts(parts);
        m_wrapped.setLayout(layoutDirection(), QStyle::visualAlignment(layoutDirection(), Qt::AlignLeft));
        m_hasParts = true;
    }
    return m_wrapped;
}
