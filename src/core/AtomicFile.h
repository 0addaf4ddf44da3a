#pragma once

#include <QByteArray>
#include <QString>

// Writes a whole file at once or not at all (QSaveFile): a crash, a kill or a full disk midway
// leaves the previous file as it was.
class AtomicFile
{
public:
    // False, with the reason in *error, when the file could not be written.
    static bool write(const QString &fileName, const QByteArray &bytes, QString *error = nullptr);
};
