#include "ListPage.h"
#include "ui_ListPage.h"

#include "EntryDelegate.h"
#include "ItemRoles.h"

ListPage::ListPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ListPage>())
    , m_delegate(new EntryDelegate(this))
{
    m_ui->setupUi(this);
    Typography::apply(m_ui->introLabel, Typography::Style::Body);
    m_ui->introLabel->hide();
    m_ui->listView->setItemDelegate(m_delegate);
    connect(m_ui->listView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(ItemRoles::PublicationIdRole).toString();
        if (!id.isEmpty()) {
            Q_EMIT publicationActivated(id);
        }
    });
}

ListPage::~ListPage() = default;

void ListPage::setHeading(const QString &heading, Typography::Style style)
{
    Typography::apply(m_ui->headingLabel, style);
    m_ui->headingLabel->setText(heading);
    m_ui->listView->setAccessibleName(heading);
}

void ListPage::setIntro(const QString &intro)
{
    m_ui->introLabel->setText(intro);
    m_ui->introLabel->setVisible(!intro.isEmpty());
}

void ListPage::setModel(QAbstractItemModel *model)
{
    m_ui->listView->setModel(model);
    auto refit = [this, model] {
        m_delegate->fitDateColumn(m_ui->listView->font(), model);
    };
    connect(model, &QAbstractItemModel::modelReset, this, refit);
    refit();
}

QListView *ListPage::listView() const
{
    return m_ui->listView;
}
