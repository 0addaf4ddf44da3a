#pragma once

#include <QPalette>
#include <QString>

// The app's look: the system's own, or Fusion with a light or a dark palette tuned so text,
// badges and covers stay readable. Switching back to System restores what the app started with.
class Theme
{
public:
    enum class Mode {
        System,
        Light,
        Dark,
    };

    static void apply(Mode mode);
    static QPalette palette(Mode mode);
    // "system", "light", "dark", for settings; anything else reads as System.
    static QString key(Mode mode);
    static Mode fromKey(QStringView key);
};
