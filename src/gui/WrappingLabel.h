#pragma once

#include "WrappedText.h"

#include <QFont>
#include <QLabel>

// A word-wrapped plain-text QLabel that lays its text out once for each width. QLabel lays its
// whole text out again for every size hint, every height a layout asks about and every paint:
// about ten times a paragraph on the way to the first frame. This one measures and paints with
// a WrappedText, which breaks lines as QLabel does and keeps them. A label set up otherwise
// (rich text, no wrapping, a margin, an indent, a frame or a picture) is left to QLabel.
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    bool isPlainWrapped() const;
    // The laid-out text, set again first if the text, font or direction changed: QLabel's
    // setters are not virtual and tell the label nothing.
    WrappedText &wrapped() const;

    mutable WrappedText m_wrapped;
    mutable QString m_wrappedText;
    mutable QFont m_wrappedFont;
    mutable bool m_hasParts = false;
};
