#include "EmlReadBack.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>

QJsonObject readEmlBack(const QByteArray &message, QString *error)
{
    QTemporaryFile file;
    if (!file.open() || file.write(message) != message.size() || !file.flush()) {
        *error = QStringLiteral("cannot write the message: ") + file.errorString();
        return {};
    }
    QProcess process;
    // Debian's own interpreter, which scripts/install-deps.sh installs.
    process.start(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral(SOURCE_DIR "/tests/tools/read_eml.py"), file.fileName()});
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("read_eml.py failed: ") + process.errorString() + u' ' +
                 QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("read_eml.py printed no JSON: ") + parseError.errorString();
        return {};
    }
    return document.object();
}
