#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

// Tells when the content of some files may have changed on disk, also when an editor saves by
// writing a new file and renaming it over the old one (which ends a plain watch on the file):
// their folders are watched too, and each file is watched again whenever it reappears. Bursts of
// events from one save arrive as one signal, after a short settling delay.
class FileWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int SettleMs = 150;

    explicit FileWatcher(QObject *parent = nullptr);

    // Watches these files from now on, instead of those before; none stops watching.
    void watch(const QStringList &fileNames);
    QStringList fileNames() const;

Q_SIGNALS:
    void changed();

private:
    void rewatch();
    void folderChanged(const QString &folder);

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    // Each file by its absolute name, with when it was last seen changed, so that other files'
    // changes in the same folder are told apart.
    QHash<QString, QDateTime> m_lastModified;
};
