#include "Typography.h"

#include "WrappingLabel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLabel>

namespace Typography {

void apply(QLabel *label, Style style)
{
    QFont font = QApplication::font();
    const qreal base = font.pointSizeF();
    switch (style) {
    case Style::Title:
        font.setPointSizeF(base * 1.9);
        font.setWeight(QFont::DemiBold);
        break;
    case Style::Heading:
        font.setPointSizeF(base * 1.5);
        font.setWeight(QFont::DemiBold);
        break;
    case Style::Subheading:
        font.setPointSizeF(base * 1.15);
        font.setWeight(QFont::DemiBold);
        break;
    case Style::Lead:
        font.setPointSizeF(base * 1.2);
        break;
    case Style::Body:
    case Style::Muted:
    case Style::Error:
        break;
    }
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(style == Style::Muted ? QPalette::PlaceholderText : QPalette::WindowText);
    if (style == Style::Error) {
        QPalette palette = label->palette();
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
        label->setPalette(palette);
    }
}

QLabel *label(const QString &text, Style style, QWidget *parent)
{
    auto *result = new WrappingLabel(text, parent);
    apply(result, style);
    return result;
}

int measure(const QFontMetrics &metrics)
{
    return metrics.averageCharWidth() * 80;
}

} // namespace Typography
