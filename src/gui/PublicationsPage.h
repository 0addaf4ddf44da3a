#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>

class FacetModel;
class PublicationFilterModel;
class PublicationModel;
class QAction;
class QItemSelectionModel;
class ThumbnailProvider;

namespace Ui {
class PublicationsPage;
}

// The publications: a search field, year and venue facets with counts, a thumbnail list or a
// compact table over one filter model, and the detail pane of the current publication. The
// filters, sort, view and current publication are remembered across runs.
class PublicationsPage : public QWidget
{
    Q_OBJECT

public:
    PublicationsPage(PublicationModel *model, ThumbnailProvider *thumbnails, QWidget *parent = nullptr);
    ~PublicationsPage() override;

    void setScholarLine(const QString &line);
    // Makes the publication current, clearing filters that hide it; false when no such id exists.
    bool showPublication(const QString &id);
    void focusSearch();
    QString currentId() const;
    PublicationFilterModel *filterModel() const;

    // How long typing waits before filtering, so a fast typist sees no stutter.
    static constexpr int SearchDelayMs = 150;

Q_SIGNALS:
    // The person asked to write to the owner about this publication.
    void inquiryRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpSortMenu();
    void showSortOrder(int column, Qt::SortOrder order);
    // The texts set here rather than in the .ui file.
    void retranslate();
    void updateFacetValues();
    void updateCounts();
    void sortBy(int column, Qt::SortOrder order);
    void setTableMode(bool table);
    void showCurrent();
    void restoreSettings();

    std::unique_ptr<Ui::PublicationsPage> m_ui;
    PublicationModel *m_model;
    PublicationFilterModel *m_filter;
    FacetModel *m_yearFacet;
    FacetModel *m_venueFacet;
    QItemSelectionModel *m_selection;
    QTimer m_searchTimer;
    QList<QAction *> m_sortActions;
    // The publication to make current once data arrives, from the last run.
    QString m_pendingId;
};
