#pragma once

#include <QStyledItemDelegate>

#include <memory>
#include <vector>

class QTextLayout;

// Paints an ItemRoles row as typeset text: the date in an aligned left column, then a small
// eyebrow, a bold title, a muted detail line and wrapped body paragraphs with bold run-in leads.
// Rows grow to fit their text at the view's current width.
class EntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit EntryDelegate(QObject *parent = nullptr);
    ~EntryDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Sizes the date column to the widest date in the model, so dates line up down the list.
    void fitDateColumn(const QFont &font, const QAbstractItemModel *model);

private:
    struct Block;
    // Lays out the row's text for a row of the given width; returns the height it needs.
    int layoutRow(const QStyleOptionViewItem &option, const QModelIndex &index, int width,
                  std::vector<Block> &blocks) const;
    int padding(const QStyleOptionViewItem &option) const;

    int m_dateWidth = 0;
};
