#include "SectionModel.h"

#include "SvgIconEngine.h"

#include <QIcon>
#include <QKeySequence>
#include <QMetaEnum>

SectionModel::SectionModel(QObject *parent)
    : QAbstractListModel(parent)
{
    for (int i = 0; i < SectionCount; ++i) {
        m_icons.append(icon(static_cast<Section>(i)));
    }
}

int SectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SectionCount;
}

QVariant SectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto section = static_cast<Section>(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return title(section);
    case Qt::DecorationRole:
        return m_icons[index.row()];
    case Qt::ToolTipRole:
        return tr("%1 (%2)").arg(title(section),
                                 QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index.row()))
                                     .toString(QKeySequence::NativeText));
    case KeyRole:
        return key(section);
    default:
        return {};
    }
}

QIcon SectionModel::icon(Section section)
{
    QIcon icon = SvgIconEngine::icon(QStringLiteral(":/icons/%1.svg").arg(key(section)));
    // A white copy made at build time; the blue would vanish on a selection highlight.
    icon.addFile(QStringLiteral(":/icons/selected/%1.svg").arg(key(section)), QSize(), QIcon::Selected);
    return icon;
}

QHash<int, QByteArray> SectionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    return names;
}

QString SectionModel::key(Section section)
{
    return QString::fromLatin1(QMetaEnum::fromType<Section>().valueToKey(section)).toLower();
}

std::optional<SectionModel::Section> SectionModel::fromKey(QStringView key)
{
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        if (key.compare(SectionModel::key(section), Qt::CaseInsensitive) == 0) {
            return section;
        }
    }
    return std::nullopt;
}

QStringList SectionModel::keys()
{
    QStringList keys;
    for (int i = 0; i < SectionCount; ++i) {
        keys.append(key(static_cast<Section>(i)));
    }
    return keys;
}

void SectionModel::retranslate()
{
    Q_EMIT dataChanged(index(0), index(SectionCount - 1), {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

QString SectionModel::title(Section section)
{
    switch (section) {
    case Overview:
        return tr("Overview");
    case Research:
        return tr("Research");
    case News:
        return tr("News");
    case Publications:
        return tr("Publications");
    case Projects:
        return tr("Projects");
    case Skills:
        return tr("Skills");
    case Background:
        return tr("Background");
    case Talks:
        return tr("Talks");
    case Contact:
        return tr("Contact");
    case SectionCount:
        break;
    }
    return {};
}
