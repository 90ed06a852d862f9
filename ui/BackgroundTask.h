#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <optional>

// Runs work that needs no database on another thread while a progress dialog with Cancel keeps
// the window responsive. The work reports progress(done, total), which returns false once the
// user has cancelled; it must then stop and return soon.
class BackgroundTask {
public:
    template <typename T>
    static T run(QWidget *parent, const QString &label, const std::function<T(const std::function<bool(int, int)> &)> &work)
    {
        std::atomic<int> done{0};
        std::atomic<int> total{0};
        std::atomic<bool> cancelled{false};
        auto report = [&](int d, int t) {
            done = d;
            total = t;
            return !cancelled.load();
        };
        QFuture<T> future = QtConcurrent::run([&] { return work(report); });
        QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setMinimumDuration(300);
        while (!future.isFinished()) {
            dialog.setMaximum(qMax(total.load(), 1));
            dialog.setValue(qMin(done.load(), dialog.maximum() - 1));
            if (dialog.wasCanceled())
                cancelled = true;
            QApplication::processEvents(QEventLoop::AllEvents, 30);
            QThread::msleep(10);
        }
        return future.result();
    }
};
