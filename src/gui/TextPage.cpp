#include "TextPage.h"
#include "ui_TextPage.h"

#include <QLabel>
#include <QEvent>

TextPage::TextPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TextPage>())
{
    m_ui->setupUi(this);
    setMeasure();
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
    // A widget that never grows past its size hint, as a button, goes in aligned: unaligned, its
    // width would cap the column's size hint, and the layouts would lay every paragraph out once
    // more at that narrow width on the way to the first frame.
    const bool grows = widget->sizePolicy().horizontalPolicy() & QSizePolicy::GrowFlag;
    m_ui->columnLayout->insertWidget(m_ui->columnLayout->count() - 1, widget, 0,
                                     grows ? Qt::Alignment() : Qt::AlignLeft);
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

void TextPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        setMeasure();
    }
    QWidget::changeEvent(event);
}

void TextPage::setMeasure()
{
    // The rest of a wide window stays empty on the right. A maximum width rather than a margin
    // that follows the page's width: the column then keeps its width when the scroll bar comes
    // and goes, and its paragraphs are not laid out again for a second width.
    m_ui->column->setMeasure(Typography::measure(fontMetrics()));
}
