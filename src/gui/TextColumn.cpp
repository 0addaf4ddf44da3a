#include "TextColumn.h"

#include <QLayout>

TextColumn::TextColumn(QWidget *parent)
    : QWidget(parent)
{
}

void TextColumn::setMeasure(int width)
{
    m_measure = width;
    setMaximumWidth(width);
    updateGeometry();
}

QSize TextColumn::sizeHint() const
{
    if (m_measure <= 0 || !layout()) {
        return QWidget::sizeHint();
    }
    return {m_measure, heightForWidth(m_measure)};
}
