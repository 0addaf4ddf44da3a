// The baseline for tests/bench/startup.sh: the least a Qt Widgets window costs to reach its
// first frame on this machine, to compare `portfolio --quit-after-first-frame` against.

#include "FirstFrameWatcher.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Bare window")));
    window.resize(1180, 760); // the main window's default size, so both paint as many pixels
    // The same watcher as the app, so both stop the clock at the same point.
    FirstFrameWatcher::quitAfterFirstFrame(&window);
    window.show();
    return app.exec();
}
