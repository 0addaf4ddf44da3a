#pragma once

#include <QObject>

class QWidget;

// Tells when a window has painted for the first time, for `--quit-after-first-frame` and the
// start-up benchmark that relies on it.
class FirstFrameWatcher : public QObject
{
    Q_OBJECT

public:
    explicit FirstFrameWatcher(QWidget *window);

Q_SIGNALS:
    // Emitted once, after the event loop has finished the paint that drew the first frame.
    void firstFramePainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
