#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AtomicFile.h"
#include "BackgroundPage.h"
#include "DraftStore.h"
#include "EntryModel.h"
#include "LinkPolicy.h"
#include "Language.h"
#include "ListPage.h"
#include "MailComposerDialog.h"
#include "PortfolioLoader.h"
#include "PortfolioSource.h"
#include "PortfolioWriter.h"
#include "PublicationModel.h"
#include "PublicationsPage.h"
#include "SourceLocation.h"
#include "SvgIconEngine.h"
#include "TextPage.h"
#include "Theme.h"
#include "ThumbnailProvider.h"
#include "WrappingLink.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QSettings>
#include <QStyle>

namespace {

const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
const auto SplitterKey = QStringLiteral("mainWindow/splitter");
const auto SectionKey = QStringLiteral("mainWindow/section");

QPushButton *linkButton(const QString &text, const QUrl &url, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(url.toDisplayString());
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    button->setEnabled(LinkPolicy::isOpenable(url));
    QObject::connect(button, &QPushButton::clicked, button, [url] {
        QDesktopServices::openUrl(url);
    });
    return button;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_sectionModel(new SectionModel(this))
    , m_thumbnails(new ThumbnailProvider(this))
    , m_source(new PortfolioSource(this))
    , m_publicationModel(new PublicationModel(this))
    , m_newsModel(new EntryModel(this))
    , m_focusModel(new EntryModel(this))
    , m_projectModel(new EntryModel(this))
    , m_skillModel(new EntryModel(this))
    , m_educationModel(new EntryModel(this))
    , m_internshipModel(new EntryModel(this))
    , m_talkModel(new EntryModel(this))
{
    Theme::apply(Theme::chosen());
    m_ui->setupUi(this);
    setWindowIcon(SvgIconEngine::icon(QStringLiteral(":/icons/portfolio.svg")));
    Typography::apply(m_ui->nameLabel, Typography::Style::Title);
    Typography::apply(m_ui->headlineLabel, Typography::Style::Muted);
    m_ui->problemFrame->setBackgroundRole(QPalette::AlternateBase);
    m_ui->problemFrame->hide();
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    m_ui->problemIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_ui->problemList->setAccessibleName(tr("Problems"));
    connect(m_ui->dismissButton, &QPushButton::clicked, m_ui->problemFrame, &QWidget::hide);

    setUpSections();
    setUpThemes();
    setUpLanguages();
    m_ui->goMenu->addSeparator();
    m_findAction = m_ui->goMenu->addAction(tr("&Find Publications…"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showSection(SectionModel::Publications);
        publicationsPage()->focusSearch();
    });
    connect(m_ui->inquiryAction, &QAction::triggered, this, [this] {
        composeInquiry();
    });
    connect(m_source, &PortfolioSource::loaded, this, &MainWindow::loaded);
    connect(m_source, &PortfolioSource::failed, this, &MainWindow::failed);
    m_sourceNote = new QLabel(this);
    m_sourceNote->setObjectName(QStringLiteral("sourceNote"));
    m_sourceNote->hide();
    // Long notes are cut at the window's edge rather than holding the window wide; the tooltip
    // has them whole.
    m_sourceNote->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addPermanentWidget(m_sourceNote, 1);
    connect(m_source, &PortfolioSource::notesChanged, this, [this](const QStringList &notes) {
        m_sourceNote->setText(notes.join(QStringLiteral("  ·  ")));
        m_sourceNote->setToolTip(notes.join(u'\n'));
        m_sourceNote->setVisible(!notes.isEmpty());
    });
    connect(m_ui->reloadAction, &QAction::triggered, m_source, &PortfolioSource::refresh);
    connect(m_ui->openAddressAction, &QAction::triggered, this, &MainWindow::chooseAddress);
    connect(m_ui->exportJsonAction, &QAction::triggered, this, [this] {
        chooseExport(tr("Export Portfolio"), QStringLiteral("portfolio.json"), tr("Portfolios (*.json)"),
                     [this](const QString &fileName) { return exportJson(fileName); });
    });
    connect(m_ui->exportBibtexAction, &QAction::triggered, this, [this] {
        chooseExport(tr("Export Publications"), QStringLiteral("publications.bib"), tr("BibTeX (*.bib)"),
                     [this](const QString &fileName) { return exportBibtex(fileName); });
    });
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(m_ui->embeddedAction, &QAction::triggered, this, &MainWindow::showEmbedded);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->draftFrame->setBackgroundRole(QPalette::AlternateBase);
    connect(m_ui->continueDraftButton, &QPushButton::clicked, this, [this] {
        m_ui->draftFrame->hide();
        composeInquiry({}, true);
    });
    connect(m_ui->discardDraftButton, &QPushButton::clicked, this, [this] {
        DraftStore().remove();
        m_ui->draftFrame->hide();
    });
    offerDraft();
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpSections()
{
    for (int i = 0; i < SectionModel::SectionCount; ++i) {
        const auto section = static_cast<SectionModel::Section>(i);
        m_ui->pageStack->addWidget(new QWidget(m_ui->pageStack));
        QAction *action = m_ui->goMenu->addAction(m_sectionModel->index(i).data(Qt::DecorationRole).value<QIcon>(),
                                                  SectionModel::title(section));
        m_sectionActions.append(action);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, section] {
            showSection(section);
        });
    }
    m_ui->sectionList->setModel(m_sectionModel);
    m_ui->sectionList->setAccessibleName(tr("Sections"));
    connect(m_ui->sectionList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    m_ui->pageStack->setCurrentWidget(page(static_cast<SectionModel::Section>(current.row())));
                }
            });
}

QWidget *MainWindow::page(SectionModel::Section section)
{
    if (m_pages[section]) {
        return m_pages[section];
    }
    QWidget *made = makePage(section);
    made->setObjectName(SectionModel::key(section) + QStringLiteral("Page"));
    QWidget *holder = m_ui->pageStack->widget(section);
    m_ui->pageStack->insertWidget(section, made);
    m_ui->pageStack->removeWidget(holder);
    delete holder;
    m_pages[section] = made;
    if (m_showsPortfolio) {
        fillPage(section);
    }
    return made;
}

QWidget *MainWindow::makePage(SectionModel::Section section)
{
    const auto listPage = [this, section](QAbstractItemModel *model) {
        auto *page = new ListPage(this);
        page->setHeading(SectionModel::title(section));
        page->setModel(model);
        return page;
    };
    switch (section) {
    case SectionModel::Overview:
    case SectionModel::Contact:
        return new TextPage(this);
    case SectionModel::Research:
        return listPage(m_focusModel);
    case SectionModel::News: {
        ListPage *news = listPage(m_newsModel);
        connect(news, &ListPage::publicationActivated, this, &MainWindow::showPublication);
        return news;
    }
    case SectionModel::Publications: {
        auto *publications = new PublicationsPage(m_publicationModel, m_thumbnails, this);
        connect(publications, &PublicationsPage::inquiryRequested, this, [this](const QString &id) {
            composeInquiry(id);
        });
        return publications;
    }
    case SectionModel::Projects:
        return listPage(m_projectModel);
    case SectionModel::Skills:
        return listPage(m_skillModel);
    case SectionModel::Background: {
        auto *background = new BackgroundPage(this);
        background->setModels(m_educationModel, m_internshipModel);
        return background;
    }
    case SectionModel::Talks:
        return listPage(m_talkModel);
    case SectionModel::SectionCount:
        break;
    }
    Q_UNREACHABLE();
}

void MainWindow::fillPage(SectionModel::Section section)
{
    QWidget *page = m_pages[section];
    switch (section) {
    case SectionModel::Overview:
        fillOverview(static_cast<TextPage *>(page));
        break;
    case SectionModel::Research:
        static_cast<ListPage *>(page)->setIntro(m_portfolio.researchStatement);
        break;
    case SectionModel::Publications:
        static_cast<PublicationsPage *>(page)->setScholarLine(m_scholarLine);
        break;
    case SectionModel::Projects:
        static_cast<ListPage *>(page)->setIntro(m_portfolio.projectsIntro);
        break;
    case SectionModel::Contact:
        fillContact(static_cast<TextPage *>(page));
        break;
    default:
        // The rest show their models alone.
        break;
    }
}

void MainWindow::setUpThemes()
{
    auto *group = new QActionGroup(this);
    const QList<std::pair<QAction *, Theme::Mode>> themes{{m_ui->systemThemeAction, Theme::Mode::System},
                                                         {m_ui->lightThemeAction, Theme::Mode::Light},
                                                         {m_ui->darkThemeAction, Theme::Mode::Dark}};
    const Theme::Mode current = Theme::chosen();
    for (const auto &[action, mode] : themes) {
        group->addAction(action);
        action->setChecked(mode == current);
        connect(action, &QAction::triggered, this, [mode] {
            Theme::choose(mode);
        });
    }
}

void MainWindow::setUpLanguages()
{
    auto *group = new QActionGroup(this);
    const QString current = Language::chosen();
    const auto add = [&](QAction *action, const QString &key) {
        group->addAction(action);
        action->setCheckable(true);
        action->setChecked(key == current);
        action->setData(key);
        connect(action, &QAction::triggered, this, [key] {
            Language::choose(key);
        });
    };
    add(m_ui->systemLanguageAction, QString());
    for (const QString &key : Language::available()) {
        QAction *action = m_ui->languageMenu->addAction(Language::nativeName(key));
        action->setObjectName(key + QStringLiteral("LanguageAction"));
        add(action, key);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->problemList->setAccessibleName(tr("Problems"));
    m_ui->sectionList->setAccessibleName(tr("Sections"));
    m_findAction->setText(tr("&Find Publications…"));
    for (int i = 0; i < m_sectionActions.size(); ++i) {
        const auto section = static_cast<SectionModel::Section>(i);
        m_sectionActions[i]->setText(SectionModel::title(section));
        if (auto *listPage = qobject_cast<ListPage *>(m_ui->pageStack->widget(i))) {
            listPage->setHeading(SectionModel::title(section));
        }
    }
    m_sectionModel->retranslate();
    if (m_showsPortfolio) {
        fillSections();
    }
    if (m_ui->draftFrame->isVisible()) {
        offerDraft();
    }
}

void MainWindow::showSection(SectionModel::Section section)
{
    m_ui->sectionList->setCurrentIndex(m_sectionModel->index(section));
}

SectionModel::Section MainWindow::currentSection() const
{
    return static_cast<SectionModel::Section>(m_ui->pageStack->currentIndex());
}

PublicationsPage *MainWindow::publicationsPage()
{
    return static_cast<PublicationsPage *>(page(SectionModel::Publications));
}

bool MainWindow::showPublication(const QString &id)
{
    if (!publicationsPage()->showPublication(id)) {
        return false;
    }
    showSection(SectionModel::Publications);
    return true;
}

MailComposerDialog *MainWindow::composeInquiry(const QString &publicationId, bool continueDraft)
{
    m_ui->draftFrame->hide();
    if (m_composer) {
        m_composer->raise();
        m_composer->activateWindow();
        return m_composer;
    }
    m_composer = new MailComposerDialog(m_portfolio, DraftStore(), this);
    m_composer->setAttribute(Qt::WA_DeleteOnClose);
    m_composer->setPublication(publicationId);
    connect(m_composer, &MailComposerDialog::sent, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    m_composer->show();
    if (continueDraft) {
        m_composer->restoreStoredDraft();
    } else if (DraftStore().exists()) {
        m_composer->offerStoredDraft();
    }
    return m_composer;
}

void MainWindow::offerDraft()
{
    const DraftStore store;
    QString error;
    const std::optional<DraftStore::Draft> draft = store.exists() ? store.load(&error) : std::nullopt;
    if (!draft) {
        m_ui->draftLabel->setText(error);
        m_ui->continueDraftButton->hide();
        m_ui->discardDraftButton->setText(tr("&Dismiss"));
        m_ui->draftFrame->setVisible(!error.isEmpty());
        return;
    }
    const QString subject = Inquiry::singleLine(draft->inquiry.subject).trimmed();
    m_ui->draftLabel->setText(tr("An inquiry you did not send was kept (%1, saved %2).")
                                  .arg(subject.isEmpty() ? tr("no subject") : tr("“%1”").arg(subject),
                                       QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)));
    m_ui->draftFrame->show();
}

void MainWindow::open(const QUrl &location)
{
    m_awaitingSource = true;
    m_source->open(location);
    if (!m_awaitingSource) {
        return;
    }
    // A download is under way: something is shown meanwhile, and says so.
    showSomething();
    showNotice(tr("Downloading %1… %2 is shown until it arrives.")
                   .arg(SourceLocation::displayName(location),
                        m_sourceName.isEmpty() ? tr("The embedded portfolio") : m_sourceName));
}

void MainWindow::openFile(const QString &fileName)
{
    open(QUrl::fromLocalFile(QFileInfo(fileName).absoluteFilePath()));
}

void MainWindow::showEmbedded()
{
    open({});
}

bool MainWindow::isOpening() const
{
    return m_awaitingSource;
}

void MainWindow::setBibliographies(const QStringList &arguments)
{
    m_source->setBibliographies(arguments);
}

QString MainWindow::sourceTitle() const
{
    const QUrl location = m_source->location();
    return location.isEmpty() ? tr("The embedded portfolio") : SourceLocation::displayName(location);
}

void MainWindow::loaded(const Portfolio &portfolio, const QList<Problem> &warnings, bool again)
{
    const bool opened = std::exchange(m_awaitingSource, false);
    const QUrl location = m_source->location();
    // A new version keeps the publication being read; the filters stay with the page anyway.
    auto *publications = static_cast<PublicationsPage *>(m_pages[SectionModel::Publications]);
    const QString current = again && publications ? publications->currentId() : QString();
    if (location.isLocalFile()) {
        m_thumbnails->setBaseDirectory(QFileInfo(location.toLocalFile()).absolutePath());
    }
    showPortfolio(portfolio, location.isLocalFile() ? location.toLocalFile() : location.toDisplayString());
    if (!current.isEmpty()) {
        publications->showPublication(current);
    }
    if (!warnings.isEmpty()) {
        showProblems(tr("%1 is shown, but it has warnings:").arg(sourceTitle()), warnings);
    }
    if (opened) {
        Q_EMIT openFinished();
    }
}

void MainWindow::failed(const QList<Problem> &problems, bool again)
{
    const bool opened = std::exchange(m_awaitingSource, false);
    if (again) {
        showProblems(tr("The new version of %1 cannot be shown because of the problems below. "
                        "The last good version stays.")
                         .arg(sourceTitle()),
                     problems);
        return;
    }
    showSomething();
    showProblems(tr("%1 cannot be shown because of the problems below. Showing %2 instead.")
                     .arg(sourceTitle(), m_sourceName.isEmpty() ? tr("the embedded portfolio") : m_sourceName),
                 problems);
    if (opened) {
        Q_EMIT openFinished();
    }
}

void MainWindow::showSomething()
{
    if (m_showsPortfolio) {
        return;
    }
    // The embedded portfolio is checked by the tests, so it always loads.
    const LoadResult embedded = PortfolioLoader::loadEmbedded();
    showPortfolio(embedded.portfolio.value_or(Portfolio()), {});
}

void MainWindow::showPortfolio(const Portfolio &portfolio, const QString &sourceName)
{
    m_portfolio = portfolio;
    m_sourceName = sourceName;
    m_showsPortfolio = true;
    m_ui->problemFrame->hide();
    m_publicationModel->setPublications(portfolio.publications);
    fillSections();
}

void MainWindow::fillSections()
{
    const Portfolio &portfolio = m_portfolio;
    const QString &sourceName = m_sourceName;

    const Profile &profile = portfolio.profile;
    setWindowTitle(tr("%1 – Portfolio").arg(profile.name));
    setWindowFilePath(sourceName);
    m_ui->nameLabel->setText(profile.name);
    QStringList headline{profile.headline, profile.team, profile.affiliation};
    headline.removeAll(QString());
    m_ui->headlineLabel->setText(headline.join(QStringLiteral(" · ")));

    m_focusModel->setEntries(EntryModel::fromFocusAreas(portfolio.focusAreas));
    m_newsModel->setEntries(EntryModel::fromNews(portfolio));
    const ScholarSnapshot &scholar = portfolio.scholar;
    m_scholarLine =
        scholar.date.isNull()
            ? QString()
            : tr("%1 snapshot on %2: %3 publications, %4 citations, h-index %5.")
                  .arg(scholar.source.isEmpty() ? tr("Citation") : scholar.source, scholar.date.toDisplayString(),
                       QLocale().toString(scholar.publications), QLocale().toString(scholar.citations),
                       QLocale().toString(scholar.hIndex));
    m_projectModel->setEntries(EntryModel::fromProjects(portfolio.projects));
    m_skillModel->setEntries(EntryModel::fromSkills(portfolio.skills));
    m_educationModel->setEntries(EntryModel::fromTimeline(portfolio.education));
    m_internshipModel->setEntries(EntryModel::fromTimeline(portfolio.internships));
    m_talkModel->setEntries(EntryModel::fromTalks(portfolio.talks));
    for (int i = 0; i < SectionModel::SectionCount; ++i) {
        if (m_pages[i]) {
            fillPage(static_cast<SectionModel::Section>(i));
        }
    }
}

void MainWindow::fillOverview(TextPage *page)
{
    const Portfolio &portfolio = m_portfolio;
    page->clear();
    page->addText(portfolio.profile.tagline, Typography::Style::Lead);
    page->addParagraphs(portfolio.profile.biography);
    page->addSection(tr("Leadership and impact"), portfolio.leadership);
    page->addSection(tr("Working together"), {portfolio.contact.summary, portfolio.contact.recruiting});
    // A .bib file may mark hundreds as selected; the Overview names the first few, the
    // Publications page has them all.
    constexpr int ShownSelected = 10;
    int selected = 0;
    for (const Publication &publication : portfolio.publications) {
        if (!publication.selected) {
            continue;
        }
        if (selected++ == 0) {
            page->addHeading(tr("Selected publications"));
        }
        if (selected > ShownSelected) {
            continue;
        }
        // A link per publication, so the title wraps like the text around it.
        auto *link = new WrappingLink(publication.title, PublicationModel::venueLine(publication), page);
        link->setObjectName(QStringLiteral("selected-") + publication.id);
        connect(link, &WrappingLink::clicked, this, [this, id = publication.id] {
            showPublication(id);
        });
        page->addWidget(link);
    }
    if (selected > ShownSelected) {
        auto *more = new QPushButton(tr("%1 More on the Publications Page").arg(selected - ShownSelected),
                                     page);
        more->setObjectName(QStringLiteral("moreSelected"));
        more->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        connect(more, &QPushButton::clicked, this, [this] {
            showSection(SectionModel::Publications);
        });
        page->addWidget(more);
    }
    if (!portfolio.profile.homepage.isEmpty()) {
        page->addWidget(linkButton(tr("Visit homepage"), portfolio.profile.homepage, page));
    }
}

void MainWindow::fillContact(TextPage *page)
{
    const Contact &contact = m_portfolio.contact;
    page->clear();
    page->addText(SectionModel::title(SectionModel::Contact), Typography::Style::Heading);
    page->addText(contact.intro, Typography::Style::Lead);
    auto *button = new QPushButton(SvgIconEngine::icon(QStringLiteral(":/icons/contact.svg")),
                                   contact.email.isEmpty() ? tr("Write an Inquiry…")
                                                           : tr("Write to %1").arg(contact.email),
                                   page);
    button->setObjectName(QStringLiteral("emailButton"));
    button->setToolTip(tr("Compose an inquiry (%1)").arg(m_ui->inquiryAction->shortcut().toString(QKeySequence::NativeText)));
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(button, &QPushButton::clicked, this, [this] {
        composeInquiry();
    });
    page->addWidget(button);
    if (!contact.alternateEmails.isEmpty()) {
        page->addText(tr("Also: %1").arg(contact.alternateEmails.join(QStringLiteral(", "))),
                               Typography::Style::Muted);
    }
    QStringList interests{contact.interests};
    for (const QString &topic : contact.topics) {
        interests.append(QStringLiteral("•  ") + topic);
    }
    page->addSection(tr("Current collaboration interests"), interests);
    page->addSection(tr("Interns"), {contact.recruiting});
}

void MainWindow::showProblems(const QString &title, const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems) {
        lines.append(problem.toString());
    }
    showBanner(Problem::anyError(problems) ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning, title,
               lines);
}

void MainWindow::showNotice(const QString &title)
{
    showBanner(QStyle::SP_MessageBoxInformation, title, {});
}

void MainWindow::showBanner(QStyle::StandardPixmap icon, const QString &title, const QStringList &lines)
{
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    m_ui->problemIcon->setPixmap(style()->standardIcon(icon).pixmap(iconSize));
    m_ui->problemTitle->setText(title);
    m_ui->problemList->setPlainText(lines.join(u'\n'));
    m_ui->problemList->setVisible(!lines.isEmpty());
    m_ui->problemFrame->show();
}

QString MainWindow::localFolder() const
{
    const QUrl location = m_source->location();
    return location.isLocalFile() ? QFileInfo(location.toLocalFile()).absolutePath() : QDir::homePath();
}

void MainWindow::chooseFile()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Portfolio"), localFolder(),
                                                          tr("Portfolios (*.json);;All files (*)"));
    if (!fileName.isEmpty()) {
        openFile(fileName);
    }
}

void MainWindow::chooseAddress()
{
    const QUrl location = m_source->location();
    bool accepted = false;
    const QString text = QInputDialog::getText(
        this, tr("Open Address"), tr("Address of a portfolio file (https://…):"), QLineEdit::Normal,
        SourceLocation::isRemote(location) ? location.toString() : QString(), &accepted);
    if (accepted && !text.trimmed().isEmpty()) {
        open(QUrl::fromUserInput(text.trimmed()));
    }
}

bool MainWindow::exportJson(const QString &fileName)
{
    return save(fileName, PortfolioWriter::toJson(m_portfolio));
}

bool MainWindow::exportBibtex(const QString &fileName)
{
    return save(fileName, PortfolioWriter::toBibtex(m_portfolio.publications));
}

bool MainWindow::save(const QString &fileName, const QByteArray &bytes)
{
    QString error;
    if (AtomicFile::write(fileName, bytes, &error)) {
        statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(fileName)), 10000);
        return true;
    }
    QMessageBox::warning(this, tr("Export"), tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(fileName), error));
    return false;
}

void MainWindow::chooseExport(const QString &title, const QString &suggestedName, const QString &filter,
                              const std::function<bool(const QString &)> &write)
{
    const QString fileName =
        QFileDialog::getSaveFileName(this, title, QDir(localFolder()).filePath(suggestedName), filter);
    if (!fileName.isEmpty()) {
        write(fileName);
    }
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About %1").arg(windowTitle()));
    box->setTextFormat(Qt::PlainText);
    box->setIconPixmap(windowIcon().pixmap(64));
    const Profile &profile = m_portfolio.profile;
    QStringList who{profile.name, profile.headline, profile.affiliation};
    who.removeAll(QString());
    box->setText(tr("Portfolio %1").arg(QCoreApplication::applicationVersion()));
    box->setInformativeText(
        tr("Showing the portfolio of %1.\nSource: %2\n\nA desktop viewer for professional portfolios, built with Qt %3.")
            .arg(who.join(QStringLiteral(", ")),
                 m_sourceName.isEmpty() ? tr("embedded in the application") : m_sourceName,
                 QString::fromLatin1(qVersion())));
    box->open();
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        resize(1180, 760);
    }
    restoreState(settings.value(StateKey).toByteArray());
    if (!m_ui->splitter->restoreState(settings.value(SplitterKey).toByteArray())) {
        m_ui->splitter->setSizes({190, 990});
    }
    showSection(SectionModel::fromKey(settings.value(SectionKey).toString()).value_or(SectionModel::Overview));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_ui->splitter->saveState());
    settings.setValue(SectionKey, SectionModel::key(currentSection()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Quitting with the composer open keeps what it holds; the next start offers it again.
    if (m_composer) {
        m_composer->saveDraftNow();
    }
    writeSettings();
    event->accept();
}
