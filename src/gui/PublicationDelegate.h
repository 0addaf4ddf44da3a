#pragma once

#include <QStyledItemDelegate>

class ThumbnailProvider;

// Paints a publication row at one fixed height: thumbnail (or its generated cover), title, authors,
// a venue badge, year and status. Nothing is measured per row, so 100,000 rows scroll smoothly.
class PublicationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PublicationDelegate(ThumbnailProvider *thumbnails, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QSize thumbnailSize();

private:
    ThumbnailProvider *m_thumbnails;
};
