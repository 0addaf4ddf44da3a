#include "SvgIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

SvgIconEngine::SvgIconEngine(const QString &normalFile)
{
    m_sources.insert(QIcon::Normal, {normalFile, nullptr});
}

QIcon SvgIconEngine::icon(const QString &normalFile)
{
    return QIcon(new SvgIconEngine(normalFile));
}

void SvgIconEngine::addFile(const QString &fileName, const QSize &, QIcon::Mode mode, QIcon::State)
{
    m_sources.insert(mode, {fileName, nullptr});
}

SvgIconEngine::Source &SvgIconEngine::source(QIcon::Mode mode)
{
    const auto own = m_sources.find(mode);
    return own != m_sources.end() ? *own : m_sources[QIcon::Normal];
}

QSvgRenderer &SvgIconEngine::renderer(Source &source)
{
    if (!source.renderer) {
        source.renderer = std::make_shared<QSvgRenderer>(source.file);
    }
    return *source.renderer;
}

QSize SvgIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    const QSize natural = renderer(source(mode)).defaultSize();
    return natural.isEmpty() ? size : natural.scaled(size, Qt::KeepAspectRatio);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Source &drawn = source(mode);
    const QSize actual = actualSize(size, mode, state);
    const QString key = QStringLiteral("SvgIconEngine:%1:%2x%3:%4")
                            .arg(drawn.file)
                            .arg(actual.width())
                            .arg(actual.height())
                            .arg(mode == QIcon::Disabled);
    QPixmap result;
    if (QPixmapCache::find(key, &result)) {
        return result;
    }
    QImage image(actual, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer(drawn).render(&painter, QRectF(QPointF(), actual));
    if (mode == QIcon::Disabled && !m_sources.contains(QIcon::Disabled)) {
        // Faded, as disabled controls are: the icon's own colours at a third of their strength.
        painter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
        painter.fillRect(image.rect(), QColor(0, 0, 0, 85));
    }
    painter.end();
    result = QPixmap::fromImage(std::move(image));
    QPixmapCache::insert(key, result);
    return result;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    // Sharp on a high-density screen: drawn at the device's pixels, shown at the rectangle's size.
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : qGuiApp->devicePixelRatio();
    QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
    drawn.setDevicePixelRatio(ratio);
    const QSize shown = drawn.deviceIndependentSize().toSize();
    const QPoint centred(rect.x() + (rect.width() - shown.width()) / 2, rect.y() + (rect.height() - shown.height()) / 2);
    painter->drawPixmap(QRect(centred, shown), drawn);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("SvgIconEngine");
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(*this);
}

bool SvgIconEngine::isNull()
{
    return !renderer(source(QIcon::Normal)).isValid();
}
