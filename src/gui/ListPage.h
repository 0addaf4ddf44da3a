#pragma once

#include "Typography.h"

#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QListView;
class EntryDelegate;

namespace Ui {
class ListPage;
}

// A section page that is a heading, an optional introduction and one list.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    explicit ListPage(QWidget *parent = nullptr);
    ~ListPage() override;

    void setHeading(const QString &heading, Typography::Style style = Typography::Style::Heading);
    void setIntro(const QString &intro);
    void setModel(QAbstractItemModel *model);
    QListView *listView() const;

Q_SIGNALS:
    // The person activated a row that is about a publication.
    void publicationActivated(const QString &id);

private:
    std::unique_ptr<Ui::ListPage> m_ui;
    EntryDelegate *m_delegate;
};
