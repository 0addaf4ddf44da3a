#pragma once

#include <QProxyStyle>

// The style the app runs in: a base style (the platform's, or Fusion for the light and dark
// themes) drawing what it always draws, in two ways that keep the GUI thread on its own work.
// - Scroll bars are painted a band of rows at a time. Qt 6.4's raster engine hands every fill
//   of 96 spans (runs of pixels in a row) or more to the global thread pool and waits for it,
//   and Fusion fills a scroll bar's groove and handle as outlined gradients: for a bar 15 pixels
//   wide, starting and waking the pool's threads costs far more than the fill
//   (docs/performance.md).
// - The menu bar's overflow button has an SVG icon. The base style's is a PNG file, whose format
//   Qt finds by loading every image-format plugin and asking each.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes ownership of base; with nullptr, the platform's default style.
    explicit AppStyle(QStyle *base);

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
