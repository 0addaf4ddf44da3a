#include "EntryDelegate.h"

#include "ItemRoles.h"
#include "Portfolio.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QTextLayout>

struct EntryDelegate::Block {
    std::unique_ptr<QTextLayout> layout;
    QPalette::ColorRole colorRole = QPalette::Text;
};

namespace {

QFont scaledFont(QFont font, qreal factor, QFont::Weight weight)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setWeight(weight);
    return font;
}

// Wraps `text` to `width` starting at `top`; returns the y just below it.
qreal wrap(QTextLayout &layout, qreal width, qreal top)
{
    layout.beginLayout();
    qreal y = top;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

} // namespace

EntryDelegate::EntryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

EntryDelegate::~EntryDelegate() = default;

void EntryDelegate::fitDateColumn(const QFont &font, const QAbstractItemModel *model)
{
    const QFontMetrics metrics(font);
    m_dateWidth = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString date = model->index(row, 0).data(ItemRoles::DateRole).toString();
        m_dateWidth = qMax(m_dateWidth, metrics.horizontalAdvance(date));
    }
}

int EntryDelegate::padding(const QStyleOptionViewItem &option) const
{
    return option.fontMetrics.height() * 2 / 3;
}

int EntryDelegate::layoutRow(const QStyleOptionViewItem &option, const QModelIndex &index, int width,
                             std::vector<Block> &blocks) const
{
    const int pad = padding(option);
    const qreal textWidth = qMax(width - 2 * pad - (m_dateWidth > 0 ? m_dateWidth + 2 * pad : 0), 50);
    qreal y = 0;
    auto add = [&](const QString &text, const QFont &font, QPalette::ColorRole role,
                   const QList<QTextLayout::FormatRange> &formats = {}) {
        if (text.isEmpty()) {
            return;
        }
        auto layout = std::make_unique<QTextLayout>(text, font);
        layout->setFormats(formats);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(textOption);
        y = wrap(*layout, textWidth, y);
        blocks.push_back({std::move(layout), role});
    };
    const QFont &base = option.font;
    add(index.data(ItemRoles::EyebrowRole).toString(), scaledFont(base, 0.8, QFont::DemiBold),
        QPalette::Highlight);
    add(index.data(Qt::DisplayRole).toString(), scaledFont(base, 1.1, QFont::DemiBold), QPalette::Text);
    add(index.data(ItemRoles::DetailRole).toString(), base, QPalette::PlaceholderText);
    const auto body = index.data(ItemRoles::BodyRole).value<QList<Paragraph>>();
    for (const Paragraph &paragraph : body) {
        y += pad / 2;
        if (paragraph.lead.isEmpty()) {
            add(paragraph.text, base, QPalette::Text);
            continue;
        }
        QTextCharFormat bold;
        bold.setFontWeight(QFont::DemiBold);
        const QString lead = paragraph.lead + QStringLiteral(". ");
        add(lead + paragraph.text, base, QPalette::Text, {{0, int(lead.size()), bold}});
    }
    return int(std::ceil(y)) + 2 * pad;
}

QSize EntryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int width = opt.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget)) {
        width = view->viewport()->width();
    }
    std::vector<Block> blocks;
    return {width, layoutRow(opt, index, width, blocks)};
}

void EntryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    painter->save();
    // The style draws the selection and hover background and the focus rectangle.
    opt.text.clear();
    opt.icon = QIcon();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int pad = padding(opt);
    const QRect rect = opt.rect.adjusted(pad, pad, -pad, -pad);
    auto color = [&](QPalette::ColorRole role) {
        return opt.palette.color(group, selected ? QPalette::HighlightedText : role);
    };
    int textLeft = rect.left();
    const QString date = index.data(ItemRoles::DateRole).toString();
    if (m_dateWidth > 0) {
        painter->setFont(opt.font);
        painter->setPen(color(QPalette::PlaceholderText));
        // Title and date share a first baseline only roughly; aligning tops reads as well.
        painter->drawText(QRect(rect.left(), rect.top(), m_dateWidth, rect.height()), Qt::AlignLeft | Qt::AlignTop,
                          date);
        textLeft += m_dateWidth + 2 * pad;
    }
    std::vector<Block> blocks;
    layoutRow(opt, index, opt.rect.width(), blocks);
    for (const Block &block : blocks) {
        painter->setPen(color(block.colorRole));
        block.layout->draw(painter, QPointF(textLeft, rect.top()));
    }
    painter->setPen(opt.palette.color(QPalette::Midlight));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    painter->restore();
}
