#pragma once

#include "Portfolio.h"

#include <QWidget>

#include <memory>
#include <optional>

class ThumbnailProvider;

namespace Ui {
class PublicationDetailPane;
}

// Everything about one publication: a large thumbnail, the full author list with the owner
// emphasised, venue, status, topic, role, summary, its links, and citations to copy.
class PublicationDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit PublicationDetailPane(QWidget *parent = nullptr);
    ~PublicationDetailPane() override;

    void setThumbnailProvider(ThumbnailProvider *thumbnails);
    // Shows the publication, or the empty state for nullopt.
    void setPublication(const std::optional<Publication> &publication);

    // The author list as rich text; every name is escaped, so no markup from a file gets through.
    static QString authorsHtml(const QList<Author> &authors);

Q_SIGNALS:
    // "Ask about this paper": the person wants to write to the owner about this publication.
    void inquiryRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showThumbnail();

    std::unique_ptr<Ui::PublicationDetailPane> m_ui;
    ThumbnailProvider *m_thumbnails = nullptr;
    std::optional<Publication> m_publication;
};
