#pragma once

#include <QString>

// Keeps a GUI test away from the user's own files: settings under settingsPath, drafts and caches
// in Qt's test locations, under an application name of the test's own.
void useTestEnvironment(const QString &settingsPath, const QString &applicationName);
