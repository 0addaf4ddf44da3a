#include "FirstFrameWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

FirstFrameWatcher::FirstFrameWatcher(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

void FirstFrameWatcher::quitAfterFirstFrame(QWidget *window)
{
    connect(new FirstFrameWatcher(window), &FirstFrameWatcher::firstFramePainted, qApp, [] {
        using namespace std::chrono;
        const auto now = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
        std::printf("first frame at %lld\n", static_cast<long long>(now));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

bool FirstFrameWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Queued, so the children painted in the same pass and the flush to screen come first.
        QTimer::singleShot(0, this, &FirstFrameWatcher::firstFramePainted);
    }
    return false;
}
