#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QStringList>

// The values of one facet (years or venues) as checkable rows, each with how many publications
// choosing it would show. A value with none stays listed but disabled, so the list does not jump.
class FacetModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString, the value itself
        CountRole,                  // int
    };

    explicit FacetModel(QObject *parent = nullptr);

    // `labels` maps a key to what is shown for it, where that differs from the key.
    void setValues(const QStringList &keys, const QHash<QString, QString> &labels = {});
    void setCounts(const QHash<QString, int> &counts);
    QSet<QString> checkedKeys() const;
    void setCheckedKeys(const QSet<QString> &keys);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // The person checked or unchecked a value.
    void checkedKeysChanged(const QSet<QString> &keys);

private:
    QStringList m_keys;
    QHash<QString, QString> m_labels;
    QHash<QString, int> m_counts;
    QSet<QString> m_checked;
};
