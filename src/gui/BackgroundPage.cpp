#include "BackgroundPage.h"
#include "ui_BackgroundPage.h"

BackgroundPage::BackgroundPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BackgroundPage>())
{
    m_ui->setupUi(this);
    retranslate();
}

void BackgroundPage::retranslate()
{
    m_ui->educationPage->setHeading(tr("Education"));
    m_ui->internshipsPage->setHeading(tr("Internships"));
}

void BackgroundPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

BackgroundPage::~BackgroundPage() = default;

void BackgroundPage::setModels(QAbstractItemModel *education, QAbstractItemModel *internships)
{
    m_ui->educationPage->setModel(education);
    m_ui->internshipsPage->setModel(internships);
}

ListPage *BackgroundPage::educationPage() const
{
    return m_ui->educationPage;
}

ListPage *BackgroundPage::internshipsPage() const
{
    return m_ui->internshipsPage;
}
