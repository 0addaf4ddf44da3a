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
    // For --quit-after-first-frame: at the first frame, prints "first frame at <µs>" (the time
    // since the Unix epoch, the clock of bash's EPOCHREALTIME) to standard output, then quits the
    // application. The line lets tests/bench/startup.sh stop its clock at the first frame rather
    // than at exit, which adds the time to save settings and tear the window down.
    static void quitAfterFirstFrame(QWidget *window);

Q_SIGNALS:
    // Emitted once, after the event loop has finished the paint that drew the first frame.
    void firstFramePainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
