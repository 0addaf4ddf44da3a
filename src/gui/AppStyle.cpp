#include "AppStyle.h"

#include "SvgIconEngine.h"

#include <QImage>
#include <QPainter>
#include <QStyleOption>

#include <cmath>

namespace {

// Qt splits a fill into segments of 64 spans and threads it from two, 96 spans on. A span is a
// run of pixels in a device row: an outlined rectangle has two in each.
constexpr int BandDeviceRows = 32;

} // namespace

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
{
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                  const QWidget *widget) const
{
    const QRect rect = option->rect;
    // Bands are whole device rows, so they meet without seams: at whole-number scales only.
    const QTransform transform = painter->deviceTransform();
    const qreal scale = transform.m22();
    const bool banded = control == CC_ScrollBar && transform.type() <= QTransform::TxScale
        && transform.m11() == scale && scale >= 1 && scale == std::floor(scale)
        && rect.height() * scale > BandDeviceRows;
    if (!banded) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    // The base style draws the whole control into each band, which clips it as a device does.
    // Clipping the painter instead is not enough: Fusion replaces the clip to draw the groove.
    const int bandRows = std::max(1, BandDeviceRows / int(scale));
    QImage band(QSize(rect.width(), bandRows) * scale, QImage::Format_ARGB32_Premultiplied);
    band.setDevicePixelRatio(scale);
    for (int top = rect.top(); top <= rect.bottom(); top += bandRows) {
        band.fill(Qt::transparent);
        QPainter bandPainter(&band);
        bandPainter.setRenderHints(painter->renderHints());
        bandPainter.translate(-rect.left(), -top);
        QProxyStyle::drawComplexControl(control, option, &bandPainter, widget);
        bandPainter.end();
        const int rows = std::min(bandRows, rect.bottom() + 1 - top);
        painter->drawImage(QRectF(rect.left(), top, rect.width(), rows), band,
                           QRectF(0, 0, rect.width() * scale, rows * scale));
    }
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    // Three dots read the same either way, so right-to-left needs no mirrored copy.
    if (standardIcon == SP_ToolBarHorizontalExtensionButton) {
        return SvgIconEngine::icon(QStringLiteral(":/icons/more.svg"));
    }
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}
