#include "FirstFrameWatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstFrameWatcher::FirstFrameWatcher(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
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
