#pragma once

#include <QPalette>
#include <QString>

// The app's look: the system's own, or Fusion with a light or a dark palette tuned so text,
// badges and covers stay readable; either way drawn through AppStyle. Switching back to System
// restores what the app started with.
class Theme
{
public:
    enum class Mode {
        System,
        Light,
        Dark,
    };

    // Best applied before the first widget is made: a style set later polishes every widget again.
    static void apply(Mode mode);
    // The mode chosen in View > Theme and remembered in the settings.
    static Mode chosen();
    // Remembers the choice and applies it.
    static void choose(Mode mode);
    static QPalette palette(Mode mode);
    // "system", "light", "dark", for settings; anything else reads as System.
    static QString key(Mode mode);
    static Mode fromKey(QStringView key);
};
