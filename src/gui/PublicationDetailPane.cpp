#include "PublicationDetailPane.h"
#include "ui_PublicationDetailPane.h"

#include "Citation.h"
#include "LinkPolicy.h"
#include "PublicationImage.h"
#include "PublicationModel.h"
#include "ThumbnailProvider.h"
#include "Typography.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QPushButton>

namespace {

QSize largeThumbnailSize()
{
    return {320, 240};
}

void setOptionalText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

PublicationDetailPane::PublicationDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PublicationDetailPane>())
{
    m_ui->setupUi(this);
    Typography::apply(m_ui->emptyLabel, Typography::Style::Muted);
    m_ui->emptyLabel->setAlignment(Qt::AlignCenter);
    Typography::apply(m_ui->titleLabel, Typography::Style::Subheading);
    Typography::apply(m_ui->markersLabel, Typography::Style::Muted);
    Typography::apply(m_ui->venueLabel, Typography::Style::Body);
    Typography::apply(m_ui->statusLabel, Typography::Style::Body);
    Typography::apply(m_ui->topicLabel, Typography::Style::Muted);
    Typography::apply(m_ui->roleLabel, Typography::Style::Muted);
    Typography::apply(m_ui->summaryLabel, Typography::Style::Body);
    // The one rich-text label: authorsHtml() escapes every name it puts in.
    m_ui->authorsLabel->setTextFormat(Qt::RichText);
    m_ui->authorsLabel->setWordWrap(true);
    retranslate();
    connect(m_ui->copyBibtexButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(Citation::bibtex(*m_publication));
    });
    connect(m_ui->copyCitationButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(Citation::plainText(*m_publication));
    });
    connect(m_ui->askButton, &QPushButton::clicked, this, [this] {
        Q_EMIT inquiryRequested(m_publication->id);
    });
    setPublication(std::nullopt);
}

PublicationDetailPane::~PublicationDetailPane() = default;

void PublicationDetailPane::retranslate()
{
    m_ui->copyBibtexButton->setToolTip(tr("Copy a BibTeX entry for this publication"));
    m_ui->copyCitationButton->setToolTip(tr("Copy a one-line citation as plain text"));
    m_ui->askButton->setToolTip(tr("Write to the author about this paper"));
}

void PublicationDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        setPublication(std::optional<Publication>(m_publication));
    }
    QWidget::changeEvent(event);
}

void PublicationDetailPane::setThumbnailProvider(ThumbnailProvider *thumbnails)
{
    m_thumbnails = thumbnails;
    connect(thumbnails, &ThumbnailProvider::thumbnailChanged, this, [this](const QString &source) {
        if (m_publication && m_publication->thumbnail == source) {
            showThumbnail();
        }
    });
}

void PublicationDetailPane::setPublication(const std::optional<Publication> &publication)
{
    m_publication = publication;
    if (!publication) {
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    m_ui->stack->setCurrentWidget(m_ui->detailsPage);
    m_ui->titleLabel->setText(publication->title);
    m_ui->authorsLabel->setText(authorsHtml(publication->authors));
    QStringList markers;
    const auto any = [&](bool Author::*flag) {
        return std::any_of(publication->authors.cbegin(), publication->authors.cend(),
                           [flag](const Author &author) { return author.*flag; });
    };
    if (any(&Author::equalContribution)) {
        markers.append(tr("* equal contribution"));
    }
    if (any(&Author::corresponding)) {
        markers.append(tr("† corresponding author"));
    }
    setOptionalText(m_ui->markersLabel, markers.join(QStringLiteral("   ")));
    QString venue = publication->venue;
    if (publication->year > 0) {
        venue = QString(venue + u' ' + QString::number(publication->year)).trimmed();
    }
    setOptionalText(m_ui->venueLabel, venue);
    setOptionalText(m_ui->statusLabel, publication->status);
    setOptionalText(m_ui->topicLabel, publication->topic.isEmpty() ? QString() : tr("Topic: %1").arg(publication->topic));
    setOptionalText(m_ui->roleLabel, publication->role.isEmpty() ? QString() : tr("Role: %1").arg(publication->role));
    setOptionalText(m_ui->summaryLabel, publication->summary);

    while (m_ui->linksLayout->count() > 1) {
        QLayoutItem *item = m_ui->linksLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (const Link &link : publication->links) {
        if (!LinkPolicy::isOpenable(link.url)) {
            continue;
        }
        auto *button = new QPushButton(link.label, m_ui->details);
        button->setToolTip(link.url.toDisplayString());
        connect(button, &QPushButton::clicked, button, [url = link.url] {
            QDesktopServices::openUrl(url);
        });
        m_ui->linksLayout->insertWidget(m_ui->linksLayout->count() - 1, button);
    }
    showThumbnail();
}

QString PublicationDetailPane::authorsHtml(const QList<Author> &authors)
{
    QStringList names;
    for (const Author &author : authors) {
        if (author.elided) {
            names.append(tr("et al.").toHtmlEscaped());
            continue;
        }
        QString name = author.name.toHtmlEscaped();
        if (author.owner) {
            name = QStringLiteral("<b>%1</b>").arg(name);
        }
        QString marks;
        if (author.equalContribution) {
            marks += u'*';
        }
        if (author.corresponding) {
            marks += u'†';
        }
        names.append(marks.isEmpty() ? name : name + QStringLiteral("<sup>%1</sup>").arg(marks));
    }
    return names.join(QStringLiteral(", "));
}

void PublicationDetailPane::showThumbnail()
{
    if (!m_thumbnails || !m_publication) {
        return;
    }
    m_ui->thumbnailLabel->setPixmap(
        PublicationImage::pixmap(*m_thumbnails, *m_publication, largeThumbnailSize(), devicePixelRatioF()));
}
