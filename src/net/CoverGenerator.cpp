#include "CoverGenerator.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace {

QColor venueColour(const QString &venue)
{
    // FNV-1a rather than qHash, which is seeded per process and differs between machines: a venue
    // keeps its colour everywhere.
    quint32 hash = 2166136261u;
    for (const char byte : venue.toCaseFolded().toUtf8()) {
        hash = (hash ^ quint8(byte)) * 16777619u;
    }
    const int hue = int(hash % 360);
    // Dark and muted enough that white text stays readable on every hue, yellow included.
    return QColor::fromHslF(hue / 360.0f, 0.45f, 0.32f);
}

// Wraps `layout` at word boundaries to `width`; returns its height, or -1 when a word is wider
// than a line.
qreal wrap(QTextLayout &layout, qreal width)
{
    layout.beginLayout();
    qreal height = 0;
    bool overflows = false;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
        overflows = overflows || line.naturalTextWidth() > width;
    }
    layout.endLayout();
    return overflows ? -1 : height;
}

// The title at the largest size that fits `area`, down to `smallest`; if it does not fit even
// then, the caller elides what overflows.
void paintTitle(QPainter &painter, const QString &title, const QRectF &area, int largest, int smallest)
{
    QFont font;
    font.setWeight(QFont::Bold);
    QTextLayout layout(title);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    qreal height = -1;
    for (int pixelSize = largest; pixelSize >= smallest && (height < 0 || height > area.height()); --pixelSize) {
        font.setPixelSize(pixelSize);
        layout.setFont(font);
        height = wrap(layout, area.width());
    }
    if (height < 0) {
        // A word too long for a line even at the smallest size: break it rather than cut it off.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        wrap(layout, area.width());
    }

    painter.save();
    painter.setClipRect(area);
    painter.setPen(Qt::white);
    painter.setFont(font);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const bool nextOverflows = i + 1 < layout.lineCount() && layout.lineAt(i + 1).rect().bottom() > area.height();
        if (nextOverflows) {
            const QString rest = title.mid(line.textStart());
            painter.drawText(area.topLeft() + QPointF(0, line.y() + line.ascent()),
                             QFontMetricsF(font).elidedText(rest, Qt::ElideRight, area.width()));
            break;
        }
        line.draw(&painter, area.topLeft());
    }
    painter.restore();
}

} // namespace

QImage CoverGenerator::paint(const QString &title, const QString &venue, const QSize &size, qreal devicePixelRatio)
{
    if (size.isEmpty() || devicePixelRatio <= 0) {
        return {};
    }
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.setPen(Qt::NoPen);

    const QRectF bounds(QPointF(0, 0), QSizeF(size));
    // Proportions follow the largest 4:3 box inside, so a wide or tall cover keeps its type sizes.
    const qreal unit = std::min(bounds.width() * 0.75, bounds.height());

    const QColor colour = venueColour(venue);
    QLinearGradient gradient(bounds.topLeft(), bounds.bottomRight());
    gradient.setColorAt(0, colour.lighter(118));
    gradient.setColorAt(1, colour.darker(118));
    painter.fillRect(bounds, gradient);
    painter.setBrush(QColor(255, 255, 255, 22));
    painter.drawEllipse(bounds.bottomRight(), unit * 0.75, unit * 0.75);
    const qreal spine = std::max(3.0, unit * 0.06);
    painter.fillRect(QRectF(0, 0, spine, bounds.height()), colour.darker(150));
    painter.fillRect(QRectF(spine, 0, std::max(1.0, unit / 100), bounds.height()), QColor(255, 255, 255, 50));

    const qreal margin = std::max(4.0, unit * 0.09);
    const QRectF text = bounds.adjusted(spine + margin, margin, -margin, -margin);
    qreal top = text.top();
    if (!venue.isEmpty()) {
        QFont font;
        font.setPixelSize(std::max(7, qRound(unit * 0.1)));
        font.setWeight(QFont::DemiBold);
        font.setCapitalization(QFont::SmallCaps);
        font.setLetterSpacing(QFont::PercentageSpacing, 110);
        const QFontMetricsF metrics(font);
        painter.setFont(font);
        painter.setPen(QColor(255, 255, 255, 215));
        painter.drawText(QPointF(text.left(), top + metrics.ascent()),
                         metrics.elidedText(venue, Qt::ElideRight, text.width()));
        top += metrics.height() + unit * 0.04;
        const qreal rule = std::max(1.0, unit / 90);
        painter.fillRect(QRectF(text.left(), top, unit * 0.2, rule), QColor(255, 255, 255, 150));
        top += rule + unit * 0.06;
    }
    paintTitle(painter, title, QRectF(text.left(), top, text.width(), text.bottom() - top),
               std::max(10, qRound(unit * 0.17)), std::max(8, qRound(unit * 0.065)));
    return image;
}
