#pragma once

#include "DraftStore.h"
#include "Inquiry.h"
#include "Portfolio.h"

#include <QDialog>
#include <QTimer>

#include <memory>

namespace Ui {
class MailComposerDialog;
}

// A collaboration inquiry to the portfolio's owner: who writes, what kind of inquiry, about which
// topic or paper, a subject and message started from a template, and the ways to send it (mail
// app, Gmail, Outlook, clipboard, .eml file), enabled only once the inquiry is valid.
// What the person types is saved as a draft while they type; closing asks whether to keep it.
class MailComposerDialog : public QDialog
{
    Q_OBJECT

public:
    // How long typing pauses before the draft is written.
    static constexpr int DraftDelayMs = 400;

    MailComposerDialog(const Portfolio &portfolio, DraftStore store, QWidget *parent = nullptr);
    ~MailComposerDialog() override;

    // Chooses the paper the inquiry is about; an empty id or one not in the portfolio means none.
    void setPublication(const QString &id);
    Inquiry inquiry() const;
    // True once the person has typed something a template did not write.
    bool hasContent() const;
    // Asks whether to continue a draft left from before (a crash, or one kept on closing).
    void offerStoredDraft();
    // Continues the stored draft without asking.
    void restoreStoredDraft();
    // Writes the draft at once, or removes it when there is nothing to keep.
    void saveDraftNow();
    void saveEml(const QString &fileName);

Q_SIGNALS:
    // The inquiry left for a mail app, a web page or a file; message says where.
    void sent(const QString &message);

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices(const Contact &contact);
    void retranslate();
    void restore(const Inquiry &draft);
    void refillTemplates();
    void setSubject(const QString &text);
    // Sets the message for the person, not as the person: it does not count as their editing.
    void setMessage(const QString &text);
    void contentChanged();
    void validate();
    void openLink(const QUrl &url, const QString &sentMessage, const QString &failureMessage);
    void copyToClipboard();
    void chooseEmlFile();
    void handedOff(const QString &message);
    void finish();
    void applyErrorStyle();

    std::unique_ptr<Ui::MailComposerDialog> m_ui;
    DraftStore m_store;
    QList<Publication> m_publications;
    QTimer m_draftTimer;
    QString m_templateSubject;
    QString m_templateMessage;
    QString m_ownerName;
    QString m_intro;
    // Fields the person has changed, whose problems are shown; untouched ones wait.
    QList<Inquiry::Field> m_touched;
    // While the person decides about a stored draft, nothing may overwrite or remove it.
    bool m_draftDecisionPending = false;
    bool m_finishing = false;
    bool m_fillingMessage = false;
};
