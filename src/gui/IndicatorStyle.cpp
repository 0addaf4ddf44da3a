#include "IndicatorStyle.h"

#include <QStyleFactory>
#include <QStyleOptionButton>

IndicatorStyle::IndicatorStyle()
    : AppStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
    if (!indicator || !button || option->palette.color(QPalette::Window).lightness() >= 128) {
        AppStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // Fusion draws the outline in the window colour made darker; a mid grey becomes one that
    // stands out from the dark base without glaring.
    QStyleOptionButton lighter(*button);
    lighter.palette.setColor(QPalette::Window, QColor(0x9a, 0x9a, 0x9a));
    AppStyle::drawPrimitive(element, &lighter, painter, widget);
}
