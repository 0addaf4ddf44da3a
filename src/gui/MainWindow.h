#pragma once

#include "Portfolio.h"
#include "Problem.h"
#include "SectionModel.h"

#include <QMainWindow>
#include <QPointer>
#include <QStyle>
#include <QUrl>

#include <array>
#include <functional>
#include <memory>

class BackgroundPage;
class QLabel;
class EntryModel;
class ListPage;
class MailComposerDialog;
class PortfolioSource;
class PublicationModel;
class PublicationsPage;
class TextPage;
class ThumbnailProvider;

namespace Ui {
class MainWindow;
}

// The section list on the left and one page per section on the right. It always shows a
// portfolio: a file that cannot be shown leaves its problems above the embedded one.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // BibTeX files or addresses whose publications join every portfolio shown after this call,
    // behind its own.
    void setBibliographies(const QStringList &arguments);
    // Shows the portfolio at a file: URL or a web address; until a download arrives, the portfolio
    // shown before (or the embedded one) stays, under a note.
    void open(const QUrl &location);
    void openFile(const QString &fileName);
    // Between open() and openFinished().
    bool isOpening() const;
    void showEmbedded();
    void showSection(SectionModel::Section section);
    SectionModel::Section currentSection() const;
    // Opens the Publications page on the publication with this id; false when there is none.
    bool showPublication(const QString &id);
    // Opens the inquiry composer, about the publication with this id if one is given. A draft
    // left from before is offered first, or continued at once with continueDraft.
    MailComposerDialog *composeInquiry(const QString &publicationId = {}, bool continueDraft = false);
    // File > Export: the shown portfolio in the app's format, and its publications as BibTeX.
    bool exportJson(const QString &fileName);
    bool exportBibtex(const QString &fileName);

Q_SIGNALS:
    // The portfolio asked for with open() is shown, or it cannot be and another is shown instead.
    void openFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showPortfolio(const Portfolio &portfolio, const QString &sourceName);
    // The embedded portfolio, when nothing is shown yet, so that the window is never empty.
    void showSomething();
    // The source has a version to show; `again` keeps the publication being read.
    void loaded(const Portfolio &portfolio, const QList<Problem> &warnings, bool again);
    void failed(const QList<Problem> &problems, bool again);
    // What titles call the source: a file's name, an address, or the embedded portfolio.
    QString sourceTitle() const;
    // Every page's text from m_portfolio, in the current language.
    void fillSections();
    void retranslate();
    void showProblems(const QString &title, const QList<Problem> &problems);
    // A note above the pages, with nothing wrong: what is going on.
    void showNotice(const QString &title);
    void showBanner(QStyle::StandardPixmap icon, const QString &title, const QStringList &lines);
    void fillOverview(TextPage *page);
    void fillContact(TextPage *page);
    // A section's page, made the first time it is needed: pages nobody opens cost start-up
    // nothing, while every page in the stack is polished and measured before the first frame.
    QWidget *page(SectionModel::Section section);
    QWidget *makePage(SectionModel::Section section);
    // The page's text from m_portfolio, once it is made.
    void fillPage(SectionModel::Section section);
    void setUpSections();
    void setUpThemes();
    void setUpLanguages();
    PublicationsPage *publicationsPage();
    // Where file dialogs start: the shown file's folder, or the home folder.
    QString localFolder() const;
    void chooseFile();
    void chooseAddress();
    void chooseExport(const QString &title, const QString &suggestedName, const QString &filter,
                      const std::function<bool(const QString &)> &write);
    bool save(const QString &fileName, const QByteArray &bytes);
    void showAbout();
    // Offers, once at start-up, to continue an inquiry that was never sent.
    void offerDraft();
    void readSettings();
    void writeSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    SectionModel *m_sectionModel;
    ThumbnailProvider *m_thumbnails;
    PortfolioSource *m_source;
    PublicationModel *m_publicationModel;
    EntryModel *m_newsModel;
    EntryModel *m_focusModel;
    EntryModel *m_projectModel;
    EntryModel *m_skillModel;
    EntryModel *m_educationModel;
    EntryModel *m_internshipModel;
    EntryModel *m_talkModel;
    // Each section's page once made; until then a bare widget holds its place in the stack.
    std::array<QWidget *, SectionModel::SectionCount> m_pages{};
    Portfolio m_portfolio;
    QString m_sourceName;
    QString m_scholarLine;
    bool m_showsPortfolio = false;
    // Between open() and the first word from the source about it.
    bool m_awaitingSource = false;
    QLabel *m_sourceNote;
    QPointer<MailComposerDialog> m_composer;
    QList<QAction *> m_sectionActions;
    QAction *m_findAction;
};
