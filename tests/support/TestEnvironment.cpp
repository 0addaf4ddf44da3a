#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

void useTestEnvironment(const QString &settingsPath, const QString &applicationName)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsPath);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("portfolio-tests"));
    QCoreApplication::setApplicationName(applicationName);
}
