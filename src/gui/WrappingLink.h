#pragma once

#include "WrappedText.h"

#include <QAbstractButton>

// A flat link that wraps like the paragraphs around it: a title drawn as a link, with a line
// of plain text below it. Mouse, Tab and Enter or Space activate it, as a button: clicked().
// A rich-text QLabel did this before, and its QTextDocument laid both lines out twice for
// every height a layout asked about: the largest cost of the first frame.
class WrappingLink : public QAbstractButton
{
    Q_OBJECT

public:
    WrappingLink(const QString &title, const QString &caption, QWidget *parent = nullptr);

    QString title() const;
    QString caption() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    // Only the title's lines take a click, as only the link of a label did.
    bool hitButton(const QPoint &pos) const override;

private:
    // The laid-out title and caption, set up again after a change of font, style or direction.
    WrappedText &wrapped() const;

    QString m_title;
    QString m_caption;
    mutable WrappedText m_wrapped;
    mutable bool m_hasParts = false;
};
