#include "PublicationsPage.h"
#include "ui_PublicationsPage.h"

#include "FacetModel.h"
#include "PublicationDelegate.h"
#include "PublicationFilterModel.h"
#include "PublicationModel.h"
#include "ThumbnailProvider.h"
#include "Typography.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace {

const auto ViewKey = QStringLiteral("publications/view");
const auto YearsKey = QStringLiteral("publications/years");
const auto VenuesKey = QStringLiteral("publications/venues");
const auto TextKey = QStringLiteral("publications/text");
const auto SortColumnKey = QStringLiteral("publications/sortColumn");
const auto SortOrderKey = QStringLiteral("publications/sortOrder");
const auto CurrentKey = QStringLiteral("publications/current");
const auto SplitterKey = QStringLiteral("publications/splitter");

QStringList toStrings(const QSet<int> &years)
{
    QStringList strings;
    for (const int year : years) {
        strings.append(QString::number(year));
    }
    return strings;
}

QSet<int> toYears(const QStringList &strings)
{
    QSet<int> years;
    for (const QString &string : strings) {
        years.insert(string.toInt());
    }
    return years;
}

} // namespace

PublicationsPage::PublicationsPage(PublicationModel *model, ThumbnailProvider *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PublicationsPage>())
    , m_model(model)
    , m_filter(new PublicationFilterModel(this))
    , m_yearFacet(new FacetModel(this))
    , m_venueFacet(new FacetModel(this))
    , m_selection(nullptr)
{
    m_ui->setupUi(this);
    Typography::apply(m_ui->headingLabel, Typography::Style::Heading);
    Typography::apply(m_ui->scholarLabel, Typography::Style::Body);
    Typography::apply(m_ui->yearLabel, Typography::Style::Subheading);
    Typography::apply(m_ui->venueLabel, Typography::Style::Subheading);
    Typography::apply(m_ui->countLabel, Typography::Style::Muted);
    retranslate();
    m_ui->detailPane->setThumbnailProvider(thumbnails);
    connect(m_ui->detailPane, &PublicationDetailPane::inquiryRequested, this, &PublicationsPage::inquiryRequested);

    m_filter->setSourceModel(model);
    m_ui->yearList->setModel(m_yearFacet);
    m_ui->venueList->setModel(m_venueFacet);
    m_ui->listView->setModel(m_filter);
    m_ui->listView->setItemDelegate(new PublicationDelegate(thumbnails, this));
    // A thumbnail that arrives replaces its cover at the next paint.
    connect(thumbnails, &ThumbnailProvider::thumbnailChanged, m_ui->listView->viewport(),
            qOverload<>(&QWidget::update));
    m_ui->tableView->setModel(m_filter);
    // One selection for both views, so switching views keeps the current publication.
    m_selection = m_ui->listView->selectionModel();
    m_ui->tableView->setSelectionModel(m_selection);
    m_ui->tableView->horizontalHeader()->setSectionsMovable(true);
    // Fixed starting widths: fitting columns to their contents reads every row, 100,000 of them.
    for (const auto &[column, width] : {std::pair(PublicationModel::TitleColumn, 300), std::pair(PublicationModel::AuthorsColumn, 170),
                                        std::pair(PublicationModel::VenueColumn, 95), std::pair(PublicationModel::YearColumn, 55),
                                        std::pair(PublicationModel::StatusColumn, 150)}) {
        m_ui->tableView->horizontalHeader()->resizeSection(column, width);
    }
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({170, 600, 360});
    m_ui->detailPane->setMinimumWidth(260);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        m_filter->setText(m_ui->searchEdit->text());
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        m_filter->setText(m_ui->searchEdit->text());
    });
    auto *clearSearch = new QAction(m_ui->searchEdit);
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_ui->searchEdit, &QLineEdit::clear);
    m_ui->searchEdit->addAction(clearSearch);

    connect(m_yearFacet, &FacetModel::checkedKeysChanged, this, [this](const QSet<QString> &keys) {
        m_filter->setYears(toYears(QStringList(keys.cbegin(), keys.cend())));
    });
    connect(m_venueFacet, &FacetModel::checkedKeysChanged, m_filter, &PublicationFilterModel::setVenues);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] {
        m_ui->searchEdit->clear();
        m_searchTimer.stop();
        m_filter->clearFilters();
    });
    connect(m_filter, &PublicationFilterModel::filtersChanged, this, &PublicationsPage::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PublicationsPage::updateFacetValues);
    connect(m_ui->listButton, &QToolButton::toggled, this, [this](bool list) {
        setTableMode(!list);
    });
    connect(m_selection, &QItemSelectionModel::currentRowChanged, this, &PublicationsPage::showCurrent);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(SplitterKey, m_ui->splitter->saveState());
    });
    setUpSortMenu();
    restoreSettings();
    updateFacetValues();
}

PublicationsPage::~PublicationsPage() = default;

namespace {

struct Order {
    const char *name;
    int column;
    Qt::SortOrder order;
};

// The sort menu's orders; names are translated where they are shown.
const QList<Order> &orders()
{
    static const QList<Order> list{{QT_TRANSLATE_NOOP("PublicationsPage", "Newest first"), PublicationModel::YearColumn, Qt::DescendingOrder},
                                   {QT_TRANSLATE_NOOP("PublicationsPage", "Oldest first"), PublicationModel::YearColumn, Qt::AscendingOrder},
                                   {QT_TRANSLATE_NOOP("PublicationsPage", "Title"), PublicationModel::TitleColumn, Qt::AscendingOrder},
                                   {QT_TRANSLATE_NOOP("PublicationsPage", "Venue"), PublicationModel::VenueColumn, Qt::AscendingOrder},
                                   {QT_TRANSLATE_NOOP("PublicationsPage", "First author"), PublicationModel::AuthorsColumn, Qt::AscendingOrder}};
    return list;
}

} // namespace

void PublicationsPage::setUpSortMenu()
{
    auto *menu = new QMenu(m_ui->sortButton);
    for (const Order &order : orders()) {
        QAction *action = menu->addAction(tr(order.name));
        action->setCheckable(true);
        m_sortActions.append(action);
        connect(action, &QAction::triggered, this, [this, order] {
            sortBy(order.column, order.order);
        });
    }
    m_ui->sortButton->setMenu(menu);
    // The table headers sort too; the button and the menu follow whichever sorted last.
    connect(m_ui->tableView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                showSortOrder(column, order);
                QSettings settings;
                settings.setValue(SortColumnKey, column);
                settings.setValue(SortOrderKey, int(order));
            });
}

void PublicationsPage::showSortOrder(int column, Qt::SortOrder order)
{
    const QString arrow = order == Qt::AscendingOrder ? QStringLiteral("↑") : QStringLiteral("↓");
    QString name = m_model->headerData(column, Qt::Horizontal).toString() + u' ' + arrow;
    for (qsizetype i = 0; i < orders().size(); ++i) {
        const bool matches = orders()[i].column == column && orders()[i].order == order;
        m_sortActions[i]->setChecked(matches);
        if (matches) {
            name = tr(orders()[i].name);
        }
    }
    m_ui->sortButton->setText(tr("Sort: %1").arg(name));
}

void PublicationsPage::retranslate()
{
    m_ui->headingLabel->setText(tr("Publications"));
    m_ui->searchEdit->setAccessibleName(tr("Search publications"));
    m_ui->sortButton->setAccessibleName(tr("Sort order"));
    m_ui->listButton->setToolTip(tr("Show publications as a list with thumbnails"));
    m_ui->tableButton->setToolTip(tr("Show publications as a compact table"));
    m_ui->yearList->setAccessibleName(tr("Years"));
    m_ui->venueList->setAccessibleName(tr("Venues"));
    m_ui->listView->setAccessibleName(tr("Publications"));
    m_ui->tableView->setAccessibleName(tr("Publications"));
}

void PublicationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        for (qsizetype i = 0; i < orders().size(); ++i) {
            m_sortActions[i]->setText(tr(orders()[i].name));
        }
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        const QHeaderView *header = m_ui->tableView->horizontalHeader();
        showSortOrder(header->sortIndicatorSection(), header->sortIndicatorOrder());
        updateFacetValues();
        m_ui->listView->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void PublicationsPage::setScholarLine(const QString &line)
{
    m_ui->scholarLabel->setText(line);
    m_ui->scholarLabel->setVisible(!line.isEmpty());
}

bool PublicationsPage::showPublication(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_ui->searchEdit->clear();
        m_searchTimer.stop();
        m_filter->clearFilters();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->listView->scrollTo(index);
    m_ui->tableView->scrollTo(index);
    return true;
}

void PublicationsPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

QString PublicationsPage::currentId() const
{
    return m_selection->currentIndex().data(PublicationModel::IdRole).toString();
}

PublicationFilterModel *PublicationsPage::filterModel() const
{
    return m_filter;
}

void PublicationsPage::updateFacetValues()
{
    QStringList years;
    QHash<QString, QString> yearLabels;
    const QList<int> allYears = m_filter->allYears();
    for (const int year : allYears) {
        years.append(QString::number(year));
        if (year == 0) {
            yearLabels.insert(years.last(), tr("No year"));
        }
    }
    const QStringList venues = m_filter->allVenues();
    // A remembered choice of a value the new data lacks would hide everything.
    if (m_model->rowCount() > 0) {
        m_filter->setYears(m_filter->years().intersect(QSet<int>(allYears.cbegin(), allYears.cend())));
        m_filter->setVenues(m_filter->venues().intersect(QSet<QString>(venues.cbegin(), venues.cend())));
    }
    m_yearFacet->setValues(years, yearLabels);
    m_venueFacet->setValues(venues, {{QString(), tr("No venue")}});
    updateCounts();
    if (!m_pendingId.isEmpty() && showPublication(m_pendingId)) {
        m_pendingId.clear();
    }
}

void PublicationsPage::updateCounts()
{
    QHash<QString, int> yearCounts;
    for (auto it = m_filter->yearCounts().cbegin(); it != m_filter->yearCounts().cend(); ++it) {
        yearCounts.insert(QString::number(it.key()), it.value());
    }
    const QStringList checkedYears = toStrings(m_filter->years());
    m_yearFacet->setCheckedKeys(QSet<QString>(checkedYears.cbegin(), checkedYears.cend()));
    m_yearFacet->setCounts(yearCounts);
    m_venueFacet->setCheckedKeys(m_filter->venues());
    m_venueFacet->setCounts(m_filter->venueCounts());
    m_ui->countLabel->setText(tr("Showing %1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    m_ui->clearButton->setEnabled(m_filter->hasFilters());

    QSettings settings;
    settings.setValue(YearsKey, checkedYears);
    settings.setValue(VenuesKey, QStringList(m_filter->venues().cbegin(), m_filter->venues().cend()));
    settings.setValue(TextKey, m_filter->text());
}

void PublicationsPage::sortBy(int column, Qt::SortOrder order)
{
    m_ui->tableView->sortByColumn(column, order);
}

void PublicationsPage::setTableMode(bool table)
{
    m_ui->viewStack->setCurrentWidget(table ? static_cast<QWidget *>(m_ui->tableView) : m_ui->listView);
    (table ? m_ui->tableButton : m_ui->listButton)->setChecked(true);
    QSettings().setValue(ViewKey, table ? QStringLiteral("table") : QStringLiteral("list"));
}

void PublicationsPage::showCurrent()
{
    const QModelIndex current = m_selection->currentIndex();
    if (!current.isValid()) {
        m_ui->detailPane->setPublication(std::nullopt);
        return;
    }
    m_ui->detailPane->setPublication(m_model->publication(m_filter->mapToSource(current).row()));
    QSettings().setValue(CurrentKey, currentId());
}

void PublicationsPage::restoreSettings()
{
    // Everything is read before anything is applied: applying a filter saves all of them.
    const QSettings settings;
    const QSet<int> years = toYears(settings.value(YearsKey).toStringList());
    const QStringList venues = settings.value(VenuesKey).toStringList();
    const QString text = settings.value(TextKey).toString();
    const int sortColumn = settings.value(SortColumnKey, int(PublicationModel::YearColumn)).toInt();
    const auto sortOrder = Qt::SortOrder(settings.value(SortOrderKey, int(Qt::DescendingOrder)).toInt());
    const bool table = settings.value(ViewKey).toString() == u"table";
    const QByteArray splitter = settings.value(SplitterKey).toByteArray();
    m_pendingId = settings.value(CurrentKey).toString();

    m_filter->setYears(years);
    m_filter->setVenues(QSet<QString>(venues.cbegin(), venues.cend()));
    m_ui->searchEdit->setText(text);
    m_searchTimer.stop();
    m_filter->setText(text);
    // Cleared first, so that restoring the default order still announces it to the sort button.
    m_ui->tableView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    sortBy(sortColumn, sortOrder);
    setTableMode(table);
    m_ui->splitter->restoreState(splitter);
}
