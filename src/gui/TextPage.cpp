#include "TextPage.h"
#include "ui_TextPage.h"

#include <QLabel>
#include <QResizeEvent>

TextPage::TextPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TextPage>())
{
    m_ui->setupUi(this);
}

TextPage::~TextPage() = default;

void TextPage::clear()
{
    // Everything but the closing spacer goes.
    while (m_ui->columnLayout->count() > 1) {
        QLayoutItem *item = m_ui->columnLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

QLabel *TextPage::addText(const QString &text, Typography::Style style)
{
    if (text.isEmpty()) {
        return nullptr;
    }
    QLabel *label = Typography::label(text, style, m_ui->column);
    addWidget(label);
    return label;
}

void TextPage::addParagraphs(const QStringList &paragraphs, Typography::Style style)
{
    for (const QString &paragraph : paragraphs) {
        addText(paragraph, style);
    }
}

void TextPage::addWidget(QWidget *widget)
{
    m_ui->columnLayout->insertWidget(m_ui->columnLayout->count() - 1, widget);
}

void TextPage::addSection(const QString &heading, const QStringList &paragraphs)
{
    QStringList present = paragraphs;
    present.removeAll(QString());
    if (present.isEmpty()) {
        return;
    }
    addHeading(heading);
    addParagraphs(present);
}

void TextPage::addHeading(const QString &heading)
{
    if (QLabel *label = addText(heading, Typography::Style::Subheading)) {
        label->setContentsMargins(0, label->fontMetrics().height() / 2, 0, 0);
    }
}

void TextPage::resizeEvent(QResizeEvent *event)
{
    // About 80 characters a line, the measure typographers recommend for running text; the
    // rest of a wide window stays empty on the right.
    const int measure = fontMetrics().averageCharWidth() * 80;
    const QMargins margins = m_ui->contentsLayout->contentsMargins();
    m_ui->contentsLayout->setContentsMargins(margins.left(), margins.top(),
                                             qMax(margins.left(), event->size().width() - measure),
                                             margins.bottom());
    QWidget::resizeEvent(event);
}
