#pragma once

#include <QHash>
#include <QIconEngine>

#include <memory>

class QSvgRenderer;

// An icon drawn from SVG files, one for the normal look and optionally others for a mode, each
// parsed once, when first drawn, and drawn once a size. Qt's SVG icon engine, a plugin loaded on
// first use, parses a file when it is added, again to tell its size and again to draw it: four
// times an icon on the way to the first frame.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString &normalFile);
    static QIcon icon(const QString &normalFile);

    // Only the mode counts: the files scale to every size, and no icon here has an on state.
    void addFile(const QString &fileName, const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine *clone() const override;
    bool isNull() override;

private:
    struct Source {
        QString file;
        // Shared with the copies QIcon makes of this engine once it is parsed: a copy made
        // before parses for itself. QIcon copies its engine only when a shared icon is changed.
        std::shared_ptr<QSvgRenderer> renderer;
    };
    // The source drawn in a mode: its own file, or the normal one.
    Source &source(QIcon::Mode mode);
    QSvgRenderer &renderer(Source &source);

    QHash<QIcon::Mode, Source> m_sources;
};
