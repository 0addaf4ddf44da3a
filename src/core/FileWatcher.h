#pragma once

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

// Tells when one file's content may have changed on disk, also when an editor saves by writing
// a new file and renaming it over the old one (which ends a plain watch on the file): the folder
// is watched too, and the file is watched again whenever it reappears. Bursts of events from one
// save arrive as one signal, after a short settling delay.
class FileWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int SettleMs = 150;

    explicit FileWatcher(QObject *parent = nullptr);

    // Watches this file from now on; an empty name stops watching.
    void watch(const QString &fileName);
    QString fileName() const;

Q_SIGNALS:
    void changed();

private:
    void rewatch();

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_fileName;
    // When the file was last seen, so that other files' changes in the folder are told apart.
    QDateTime m_lastModified;
};
