#pragma once

#include "AppStyle.h"

// Fusion with check boxes and radio buttons whose outline shows on a dark palette too. Fusion
// outlines them in a shade darker than the window colour, which on a dark window is the colour
// of the list behind them: the facet lists' boxes vanished.
class IndicatorStyle : public AppStyle
{
    Q_OBJECT

public:
    IndicatorStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};
