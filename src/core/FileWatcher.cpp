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
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        // A folder changes for every file in it; only a change to ours counts: replaced (no
        // longer watched), gone, or written since last seen.
        const QFileInfo file(m_fileName);
        if (!m_watcher.files().contains(m_fileName) || !file.exists() || file.lastModified() != m_lastModified) {
            m_settle.start();
        }
    });
}

void FileWatcher::watch(const QString &fileName)
{
    if (!m_watcher.files().isEmpty()) {
        m_watcher.removePaths(m_watcher.files());
    }
    if (!m_watcher.directories().isEmpty()) {
        m_watcher.removePaths(m_watcher.directories());
    }
    m_settle.stop();
    m_fileName = fileName.isEmpty() ? QString() : QFileInfo(fileName).absoluteFilePath();
    if (m_fileName.isEmpty()) {
        return;
    }
    m_watcher.addPath(QFileInfo(m_fileName).absolutePath());
    rewatch();
}

QString FileWatcher::fileName() const
{
    return m_fileName;
}

void FileWatcher::rewatch()
{
    m_lastModified = QFileInfo(m_fileName).lastModified();
    if (QFileInfo::exists(m_fileName) && !m_watcher.files().contains(m_fileName)) {
        m_watcher.addPath(m_fileName);
    }
}
