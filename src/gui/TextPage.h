#pragma once

#include "Typography.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class TextPage;
}

// A scrolling page of headings, paragraphs and the odd button, set in one column narrow
// enough to read comfortably however wide the window is.
class TextPage : public QWidget
{
    Q_OBJECT

public:
    explicit TextPage(QWidget *parent = nullptr);
    ~TextPage() override;

    void clear();
    // Adds a label unless the text is empty; returns it, or nullptr.
    QLabel *addText(const QString &text, Typography::Style style = Typography::Style::Body);
    void addParagraphs(const QStringList &paragraphs, Typography::Style style = Typography::Style::Body);
    void addWidget(QWidget *widget);
    // A subheading with some space above it.
    void addHeading(const QString &heading);
    // Adds a heading followed by paragraphs, or nothing when there are no paragraphs.
    void addSection(const QString &heading, const QStringList &paragraphs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setMeasure();

    std::unique_ptr<Ui::TextPage> m_ui;
};
