#pragma once

#include <QWidget>

#include <memory>

class QAbstractItemModel;
class ListPage;

namespace Ui {
class BackgroundPage;
}

// Education and internships, each its own list with its own heading.
class BackgroundPage : public QWidget
{
    Q_OBJECT

public:
    explicit BackgroundPage(QWidget *parent = nullptr);
    ~BackgroundPage() override;

    void setModels(QAbstractItemModel *education, QAbstractItemModel *internships);
    ListPage *educationPage() const;
    ListPage *internshipsPage() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::BackgroundPage> m_ui;
};
