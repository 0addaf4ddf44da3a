#include "FileWatcher.h"

#include <QFileInfo>

FileWatcher::FileWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        rewatch();
        Q_EMIT changed();
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatcher::folderChanged);
}

void FileWatcher::watch(const QStringList &fileNames)
{
    if (!m_watcher.files().isEmpty()) {
        m_watcher.removePaths(m_watcher.files());
    }
    if (!m_watcher.directories().isEmpty()) {
        m_watcher.removePaths(m_watcher.directories());
    }
    m_settle.stop();
    m_lastModified.clear();
    QStringList folders;
    for (const QString &fileName : fileNames) {
        const QFileInfo file(fileName);
        m_lastModified.insert(file.absoluteFilePath(), {});
        if (!folders.contains(file.absolutePath())) {
            folders.append(file.absolutePath());
        }
    }
    if (!folders.isEmpty()) {
        m_watcher.addPaths(folders);
    }
    rewatch();
}

QStringList FileWatcher::fileNames() const
{
    return m_lastModified.keys();
}

void FileWatcher::folderChanged(const QString &folder)
{
    // A folder changes for every file in it; only a change to one of ours counts: replaced (no
    // longer watched), gone, or written since last seen.
    const QStringList watched = m_watcher.files();
    for (auto it = m_lastModified.cbegin(); it != m_lastModified.cend(); ++it) {
        const QFileInfo file(it.key());
        if (file.absolutePath() == folder &&
            (!watched.contains(it.key()) || !file.exists() || file.lastModified() != it.value())) {
            m_settle.start();
            return;
        }
    }
}

void FileWatcher::rewatch()
{
    const QStringList watched = m_watcher.files();
    for (auto it = m_lastModified.begin(); it != m_lastModified.end(); ++it) {
        const QFileInfo file(it.key());
        it.value() = file.lastModified();
        if (file.exists() && !watched.contains(it.key())) {
            m_watcher.addPath(it.key());
        }
    }
}
