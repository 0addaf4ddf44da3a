#include "PublicationDelegate.h"

#include "PublicationImage.h"
#include "PublicationModel.h"

#include <QAbstractProxyModel>
#include <QPainter>
#include <QPainterPath>

namespace {

const int Padding = 8;

// The publication behind an index of the model or of a proxy over it.
const Publication *publicationAt(const QModelIndex &index)
{
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model())) {
        source = proxy->mapToSource(source);
    }
    const auto *model = qobject_cast<const PublicationModel *>(source.model());
    return model ? &model->publication(source.row()) : nullptr;
}

} // namespace

PublicationDelegate::PublicationDelegate(ThumbnailProvider *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{
}

QSize PublicationDelegate::thumbnailSize()
{
    return {96, 72};
}

QSize PublicationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int textHeight = option.fontMetrics.height() * 4;
    return {thumbnailSize().width() * 4, qMax(thumbnailSize().height(), textHeight) + 2 * Padding};
}

void PublicationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Publication *publication = publicationAt(index);
    if (!publication) {
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    painter->save();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect content = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QSize imageSize = thumbnailSize();
    const QRect imageRect(QPoint(content.left(), content.top() + (content.height() - imageSize.height()) / 2), imageSize);
    const QPixmap image = PublicationImage::pixmap(*m_thumbnails, *publication, imageSize, painter->device()->devicePixelRatioF());
    const QSize shown = image.deviceIndependentSize().toSize();
    painter->drawPixmap(QRect(imageRect.topLeft() + QPoint((imageSize.width() - shown.width()) / 2,
                                                           (imageSize.height() - shown.height()) / 2),
                              shown),
                        image);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    const int left = imageRect.right() + 1 + 2 * Padding;
    const int width = content.right() - left;
    const int lineHeight = opt.fontMetrics.height();
    int y = content.top() + (content.height() - 3 * lineHeight - Padding) / 2;

    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRect(left, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(publication->title, Qt::ElideRight, width));
    y += lineHeight;

    painter->setFont(opt.font);
    painter->setPen(muted);
    painter->drawText(QRect(left, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(PublicationModel::authorLine(publication->authors), Qt::ElideRight, width));
    y += lineHeight + Padding / 2;

    // The venue as a badge: a tinted rounded box that reads on light and dark palettes alike.
    int x = left;
    if (!publication->venue.isEmpty()) {
        QFont badgeFont = opt.font;
        badgeFont.setWeight(QFont::DemiBold);
        const QFontMetrics badgeMetrics(badgeFont);
        const QRect badge(x, y, badgeMetrics.horizontalAdvance(publication->venue) + Padding, lineHeight);
        QColor fill = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
        fill.setAlphaF(0.18);
        QPainterPath path;
        path.addRoundedRect(badge, 4, 4);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(path, fill);
        painter->setFont(badgeFont);
        painter->setPen(text);
        painter->drawText(badge, Qt::AlignCenter, publication->venue);
        x = badge.right() + 1 + Padding;
    }
    QStringList rest;
    if (publication->year > 0) {
        rest.append(QString::number(publication->year));
    }
    if (!publication->status.isEmpty()) {
        rest.append(publication->status);
    }
    painter->setFont(opt.font);
    painter->setPen(muted);
    painter->drawText(QRect(x, y, content.right() - x, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(rest.join(QStringLiteral(" · ")), Qt::ElideRight, content.right() - x));
    painter->restore();
}
