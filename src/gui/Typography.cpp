#include "Typography.h"

#include <QApplication>
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
        break;
    }
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(style == Style::Muted ? QPalette::PlaceholderText : QPalette::WindowText);
}

QLabel *label(const QString &text, Style style, QWidget *parent)
{
    auto *result = new QLabel(text, parent);
    apply(result, style);
    return result;
}

} // namespace Typography
