#include "MailComposerDialog.h"
#include "ui_MailComposerDialog.h"

#include "AtomicFile.h"
#include "EmlMessage.h"
#include "InquiryLinks.h"
#include "InquiryTemplate.h"
#include "Typography.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace {

const auto GeometryKey = QStringLiteral("composer/geometry");

// A file name from the subject, kept to characters every file system takes.
QString emlFileName(const QString &subject)
{
    QString name = Inquiry::singleLine(subject).trimmed();
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c)) {
            c = u'-';
        }
    }
    return (name.isEmpty() ? QStringLiteral("inquiry") : name.left(80)) + QStringLiteral(".eml");
}

} // namespace

MailComposerDialog::MailComposerDialog(const Portfolio &portfolio, DraftStore store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MailComposerDialog>())
    , m_store(std::move(store))
    , m_publications(portfolio.publications)
    , m_ownerName(portfolio.profile.name)
    , m_intro(portfolio.contact.intro)
    , m_draftDecisionPending(m_store.exists())
{
    m_ui->setupUi(this);
    const Contact &contact = portfolio.contact;
    Typography::apply(m_ui->introLabel, Typography::Style::Muted);
    m_ui->toEdit->setText(contact.email);
    // The portfolio's own address is shown, not edited: a visitor writes to its owner.
    m_ui->toEdit->setReadOnly(!contact.email.isEmpty());
    Typography::apply(m_ui->statusLabel, Typography::Style::Muted);
    Typography::apply(m_ui->lengthWarning, Typography::Style::Muted);
    applyErrorStyle();
    m_ui->formLayout->setAlignment(m_ui->messageLabel, Qt::AlignTop | Qt::AlignLeft);
    // Long paper titles would otherwise widen the dialog past a small screen.
    for (QComboBox *combo : {m_ui->kindCombo, m_ui->topicCombo, m_ui->publicationCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
    }
    fillChoices(contact);
    retranslate();

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &MailComposerDialog::saveDraftNow);

    const QList<std::pair<QLineEdit *, Inquiry::Field>> lines{{m_ui->toEdit, Inquiry::Field::To},
                                                             {m_ui->nameEdit, Inquiry::Field::Name},
                                                             {m_ui->emailEdit, Inquiry::Field::Email},
                                                             {m_ui->subjectEdit, Inquiry::Field::Subject}};
    for (const auto &[edit, field] : lines) {
        connect(edit, &QLineEdit::textEdited, this, [this, field = field] {
            if (!m_touched.contains(field)) {
                m_touched.append(field);
            }
        });
        connect(edit, &QLineEdit::textChanged, this, &MailComposerDialog::contentChanged);
    }
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &MailComposerDialog::refillTemplates);
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &MailComposerDialog::refillTemplates);
    connect(m_ui->messageEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_fillingMessage && !m_touched.contains(Inquiry::Field::Message)) {
            m_touched.append(Inquiry::Field::Message);
        }
        contentChanged();
    });
    for (QComboBox *combo : {m_ui->kindCombo, m_ui->topicCombo, m_ui->publicationCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &MailComposerDialog::refillTemplates);
    }

    connect(m_ui->mailAppButton, &QPushButton::clicked, this, [this] {
        openLink(InquiryLinks::mailto(inquiry()), tr("The inquiry was handed to your mail app."),
                 tr("No mail app opened the message. Copy it or save it as .eml instead."));
    });
    connect(m_ui->gmailButton, &QPushButton::clicked, this, [this] {
        openLink(InquiryLinks::gmail(inquiry()), tr("The inquiry was opened on Gmail in your browser."),
                 tr("No browser opened Gmail. Copy the message or save it as .eml instead."));
    });
    connect(m_ui->outlookButton, &QPushButton::clicked, this, [this] {
        openLink(InquiryLinks::outlook(inquiry()), tr("The inquiry was opened on Outlook in your browser."),
                 tr("No browser opened Outlook. Copy the message or save it as .eml instead."));
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &MailComposerDialog::copyToClipboard);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &MailComposerDialog::chooseEmlFile);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &MailComposerDialog::reject);

    refillTemplates();
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
    m_ui->nameEdit->setFocus();
}

MailComposerDialog::~MailComposerDialog() = default;

void MailComposerDialog::fillChoices(const Contact &contact)
{
    for (const Inquiry::Kind kind : InquiryTemplate::kinds(contact)) {
        m_ui->kindCombo->addItem(QString(), QVariant::fromValue(int(kind)));
    }
    // Item 0 of these two means "none"; its text comes from retranslate().
    m_ui->topicCombo->addItem(QString());
    for (const QString &topic : contact.topics) {
        m_ui->topicCombo->addItem(topic, topic);
    }
    m_ui->topicCombo->setEnabled(!contact.topics.isEmpty());
    m_ui->publicationCombo->addItem(QString());
    for (const Publication &publication : std::as_const(m_publications)) {
        m_ui->publicationCombo->addItem(publication.title, publication.id);
    }
    m_ui->publicationCombo->setEnabled(!m_publications.isEmpty());
}

void MailComposerDialog::retranslate()
{
    m_ui->introLabel->setText(m_intro.isEmpty() ? tr("Write to %1.").arg(m_ownerName) : m_intro);
    m_ui->nameEdit->setPlaceholderText(tr("First and last name"));
    m_ui->emailEdit->setPlaceholderText(tr("name@example.org"));
    m_ui->messageEdit->setAccessibleName(tr("Message"));
    for (int i = 0; i < m_ui->kindCombo->count(); ++i) {
        m_ui->kindCombo->setItemText(i, InquiryTemplate::kindName(static_cast<Inquiry::Kind>(m_ui->kindCombo->itemData(i).toInt())));
    }
    m_ui->topicCombo->setItemText(0, tr("No particular topic"));
    m_ui->publicationCombo->setItemText(0, tr("None"));
}

void MailComposerDialog::setPublication(const QString &id)
{
    const int index = id.isEmpty() ? 0 : m_ui->publicationCombo->findData(id);
    m_ui->publicationCombo->setCurrentIndex(std::max(index, 0));
}

Inquiry MailComposerDialog::inquiry() const
{
    Inquiry inquiry;
    inquiry.to = m_ui->toEdit->text();
    inquiry.toName = m_ownerName;
    inquiry.name = m_ui->nameEdit->text();
    inquiry.email = m_ui->emailEdit->text();
    inquiry.kind = static_cast<Inquiry::Kind>(m_ui->kindCombo->currentData().toInt());
    inquiry.topic = m_ui->topicCombo->currentData().toString();
    inquiry.publicationId = m_ui->publicationCombo->currentData().toString();
    if (!inquiry.publicationId.isEmpty()) {
        inquiry.publicationTitle = m_ui->publicationCombo->currentText();
    }
    inquiry.subject = m_ui->subjectEdit->text();
    inquiry.message = m_ui->messageEdit->toPlainText();
    return inquiry;
}

bool MailComposerDialog::hasContent() const
{
    const bool typedAddress = !m_ui->toEdit->isReadOnly() && !m_ui->toEdit->text().trimmed().isEmpty();
    return typedAddress || !m_ui->nameEdit->text().trimmed().isEmpty() ||
           !m_ui->emailEdit->text().trimmed().isEmpty() || m_ui->subjectEdit->text() != m_templateSubject ||
           m_ui->messageEdit->toPlainText() != m_templateMessage;
}

void MailComposerDialog::offerStoredDraft()
{
    QString error;
    const std::optional<DraftStore::Draft> draft = m_store.load(&error);
    if (!draft) {
        m_draftDecisionPending = false;
        m_ui->statusLabel->setText(error);
        return;
    }
    auto *question = new QMessageBox(QMessageBox::Question, tr("Unsent Inquiry"),
                                     tr("Continue the inquiry you did not send?"), QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("restoreDraftQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setTextFormat(Qt::PlainText);
    question->setInformativeText(tr("Saved %1\nSubject: %2")
                                     .arg(QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat),
                                          Inquiry::singleLine(draft->inquiry.subject)));
    QPushButton *continueButton = question->addButton(tr("Continue Writing"), QMessageBox::AcceptRole);
    continueButton->setObjectName(QStringLiteral("continueButton"));
    question->addButton(tr("Discard It"), QMessageBox::DestructiveRole)->setObjectName(QStringLiteral("discardButton"));
    question->setDefaultButton(continueButton);
    connect(question, &QMessageBox::finished, this, [this, question, continueButton, stored = draft->inquiry] {
        m_draftDecisionPending = false;
        if (question->clickedButton() == continueButton) {
            restore(stored);
        } else {
            m_store.remove();
            // What is on screen now may be worth keeping in its place.
            contentChanged();
        }
    });
    question->open();
}

void MailComposerDialog::restoreStoredDraft()
{
    QString error;
    const std::optional<DraftStore::Draft> draft = m_store.load(&error);
    m_draftDecisionPending = false;
    if (draft) {
        restore(draft->inquiry);
    } else {
        m_ui->statusLabel->setText(error);
    }
}

void MailComposerDialog::restore(const Inquiry &draft)
{
    if (!m_ui->toEdit->isReadOnly()) {
        m_ui->toEdit->setText(draft.to);
    }
    m_ui->nameEdit->setText(draft.name);
    m_ui->emailEdit->setText(draft.email);
    m_ui->kindCombo->setCurrentIndex(std::max(m_ui->kindCombo->findData(int(draft.kind)), 0));
    m_ui->topicCombo->setCurrentIndex(std::max(m_ui->topicCombo->findData(draft.topic), 0));
    setPublication(draft.publicationId);
    setSubject(draft.subject);
    setMessage(draft.message);
    m_touched = {Inquiry::Field::To, Inquiry::Field::Name, Inquiry::Field::Email, Inquiry::Field::Subject,
                 Inquiry::Field::Message};
    validate();
}

void MailComposerDialog::refillTemplates()
{
    const Inquiry current = inquiry();
    const QString subject = InquiryTemplate::subject(current);
    const QString message = InquiryTemplate::message(current);
    // Only a text the person left as the template wrote it follows the new choices.
    const bool refillSubject = current.subject == m_templateSubject;
    const bool refillMessage = current.message == m_templateMessage;
    m_templateSubject = subject;
    m_templateMessage = message;
    if (refillSubject) {
        setSubject(subject);
    }
    if (refillMessage && current.message != message) {
        setMessage(message);
    }
    contentChanged();
}

void MailComposerDialog::setSubject(const QString &text)
{
    m_ui->subjectEdit->setText(text);
    // A long subject reads from its start, not from where a cursor would end up.
    m_ui->subjectEdit->setCursorPosition(0);
}

void MailComposerDialog::setMessage(const QString &text)
{
    m_fillingMessage = true;
    m_ui->messageEdit->setPlainText(text);
    m_fillingMessage = false;
}

void MailComposerDialog::contentChanged()
{
    validate();
    if (m_draftDecisionPending || m_finishing) {
        return;
    }
    if (hasContent()) {
        m_draftTimer.start();
    } else {
        m_draftTimer.stop();
        m_store.remove();
    }
}

void MailComposerDialog::saveDraftNow()
{
    m_draftTimer.stop();
    if (m_draftDecisionPending) {
        return;
    }
    if (!hasContent()) {
        m_store.remove();
        return;
    }
    QString error;
    if (!m_store.save(inquiry(), &error)) {
        m_ui->statusLabel->setText(tr("The draft could not be saved: %1").arg(error));
    }
}

void MailComposerDialog::validate()
{
    const Inquiry current = inquiry();
    const QList<Inquiry::FieldProblem> problems = current.problems();
    const QList<std::pair<Inquiry::Field, QLabel *>> errorLabels{{Inquiry::Field::To, m_ui->toError},
                                                                {Inquiry::Field::Name, m_ui->nameError},
                                                                {Inquiry::Field::Email, m_ui->emailError},
                                                                {Inquiry::Field::Subject, m_ui->subjectError},
                                                                {Inquiry::Field::Message, m_ui->messageError}};
    for (const auto &[field, label] : errorLabels) {
        const auto problem = std::find_if(problems.cbegin(), problems.cend(), [field = field](const auto &found) {
            return found.field == field;
        });
        const bool shown = problem != problems.cend() && m_touched.contains(field);
        label->setText(shown ? problem->message : QString());
        label->setVisible(shown);
    }
    const bool valid = problems.isEmpty();
    for (QPushButton *button :
         {m_ui->mailAppButton, m_ui->gmailButton, m_ui->outlookButton, m_ui->copyButton, m_ui->saveButton}) {
        button->setEnabled(valid);
    }
    m_ui->reasonLabel->setText(valid ? QString()
                                     : tr("To send: %1 – %2")
                                           .arg(Inquiry::fieldName(problems.first().field), problems.first().message));
    m_ui->reasonLabel->setVisible(!valid);
    const qsizetype mailtoLength = valid ? InquiryLinks::mailto(current).toEncoded().size() : 0;
    m_ui->lengthWarning->setVisible(mailtoLength > InquiryLinks::SafeMailtoLength);
    m_ui->lengthWarning->setText(
        tr("The mail link is %1 characters long, and some mail apps cut links past about %2. "
           "Copy and Save as .eml always keep the whole message.")
            .arg(QLocale().toString(mailtoLength), QLocale().toString(InquiryLinks::SafeMailtoLength)));
}

void MailComposerDialog::openLink(const QUrl &url, const QString &sentMessage, const QString &failureMessage)
{
    if (QDesktopServices::openUrl(url)) {
        handedOff(sentMessage);
    } else {
        m_ui->statusLabel->setText(failureMessage);
    }
}

void MailComposerDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(inquiry().plainText());
    m_ui->statusLabel->setText(tr("The inquiry is on the clipboard; the draft is kept until you send it."));
}

void MailComposerDialog::chooseEmlFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Save Inquiry"), QDir(folder).filePath(emlFileName(inquiry().subject)),
                                   tr("E-mail messages (*.eml)"));
    dialog->setObjectName(QStringLiteral("saveEmlDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("eml"));
    connect(dialog, &QFileDialog::fileSelected, this, &MailComposerDialog::saveEml);
    dialog->open();
}

void MailComposerDialog::saveEml(const QString &fileName)
{
    QString error;
    if (!AtomicFile::write(fileName, EmlMessage::build(inquiry(), QDateTime::currentDateTime()), &error)) {
        m_ui->statusLabel->setText(tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(fileName), error));
        return;
    }
    handedOff(tr("The inquiry was saved as %1; open it in your mail app to send it.").arg(QDir::toNativeSeparators(fileName)));
}

void MailComposerDialog::handedOff(const QString &message)
{
    Q_EMIT sent(message);
    if (m_ui->forgetDraftCheck->isChecked()) {
        m_store.remove();
        finish();
        accept();
        return;
    }
    saveDraftNow();
    m_ui->statusLabel->setText(message + u' ' + tr("The draft is kept."));
}

void MailComposerDialog::reject()
{
    if (m_finishing || m_draftDecisionPending || !hasContent()) {
        if (!m_draftDecisionPending && !m_finishing) {
            m_store.remove();
        }
        finish();
        QDialog::reject();
        return;
    }
    auto *question = new QMessageBox(QMessageBox::Question, tr("Unsent Inquiry"), tr("Keep this inquiry as a draft?"),
                                     QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("keepDraftQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setInformativeText(tr("A kept draft is offered again the next time you write an inquiry."));
    QPushButton *keep = question->addButton(tr("Keep Draft"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    QPushButton *discard = question->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    question->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    question->setDefaultButton(keep);
    connect(question, &QMessageBox::finished, this, [this, question, keep, discard] {
        if (question->clickedButton() == keep) {
            saveDraftNow();
        } else if (question->clickedButton() == discard) {
            m_store.remove();
        } else {
            return;
        }
        finish();
        QDialog::reject();
    });
    question->open();
}

void MailComposerDialog::finish()
{
    m_finishing = true;
    m_draftTimer.stop();
    QSettings().setValue(GeometryKey, saveGeometry());
}

void MailComposerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyErrorStyle();
    } else if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        // Texts still as the template wrote them follow the new language; edited ones stay.
        refillTemplates();
    }
    QDialog::changeEvent(event);
}

void MailComposerDialog::applyErrorStyle()
{
    for (QLabel *label : {m_ui->toError, m_ui->nameError, m_ui->emailError, m_ui->subjectError, m_ui->messageError,
                          m_ui->reasonLabel}) {
        Typography::apply(label, Typography::Style::Error);
    }
}
