#pragma once

#include <QAbstractListModel>
#include <QIcon>
#include <QString>

#include <optional>

// The fixed list of sections the main window offers, in the order of the side bar.
class SectionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Section {
        Overview,
        Research,
        News,
        Publications,
        Projects,
        Skills,
        Background,
        Talks,
        Contact,
        SectionCount,
    };
    Q_ENUM(Section)

    enum Role {
        KeyRole = Qt::UserRole + 1, // the untranslated name used on the command line and in settings
    };

    explicit SectionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Tells the views that every title changed, after the language did.
    void retranslate();

    static QString key(Section section);
    // Matches a key case-insensitively: "news", "News".
    static std::optional<Section> fromKey(QStringView key);
    static QStringList keys();
    // The translated name shown to people.
    static QString title(Section section);

private:
    static QIcon icon(Section section);

    // Drawn once: views ask for decorations on every repaint.
    QList<QIcon> m_icons;
};
