#pragma once

#include <QWidget>

// The column of a TextPage: at most a measure wide, and that wide by preference. Left to its
// layout, its preferred width would be the widest of its paragraphs' own preferences, and Qt's
// layouts would ask every paragraph for its height at that width too, on top of the width the
// column really gets: one more text layout a paragraph on the way to the first frame.
class TextColumn : public QWidget
{
    Q_OBJECT

public:
    explicit TextColumn(QWidget *parent = nullptr);

    void setMeasure(int width);
    QSize sizeHint() const override;

private:
    int m_measure = 0;
};
