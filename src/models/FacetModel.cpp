#include "FacetModel.h"

FacetModel::FacetModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FacetModel::setValues(const QStringList &keys, const QHash<QString, QString> &labels)
{
    beginResetModel();
    m_keys = keys;
    m_labels = labels;
    // A choice of a value the new data lacks would hide everything with no way to undo it.
    const QSet<QString> present(keys.cbegin(), keys.cend());
    m_checked.intersect(present);
    endResetModel();
}

void FacetModel::setCounts(const QHash<QString, int> &counts)
{
    m_counts = counts;
    if (!m_keys.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_keys.size()) - 1));
    }
}

QSet<QString> FacetModel::checkedKeys() const
{
    return m_checked;
}

void FacetModel::setCheckedKeys(const QSet<QString> &keys)
{
    const QSet<QString> present(m_keys.cbegin(), m_keys.cend());
    m_checked = QSet<QString>(keys).intersect(present);
    if (!m_keys.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_keys.size()) - 1), {Qt::CheckStateRole});
    }
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QString &key = m_keys[index.row()];
    const int count = m_counts.value(key);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(m_labels.value(key, key)).arg(count);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1: %2 publications").arg(m_labels.value(key, key)).arg(count);
    case Qt::CheckStateRole:
        return m_checked.contains(key) ? Qt::Checked : Qt::Unchecked;
    case KeyRole:
        return key;
    case CountRole:
        return count;
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const QString &key = m_keys[index.row()];
    if (value.value<Qt::CheckState>() == Qt::Checked) {
        m_checked.insert(key);
    } else {
        m_checked.remove(key);
    }
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedKeysChanged(m_checked);
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    const QString &key = m_keys[index.row()];
    // Greyed when choosing it would show nothing; still usable to take back a choice made earlier.
    if (m_counts.value(key) == 0 && !m_checked.contains(key)) {
        return Qt::ItemNeverHasChildren;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}
