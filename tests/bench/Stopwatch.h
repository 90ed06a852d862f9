#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <ctime>

// Wall-clock and processor seconds since the last lap: on a shared machine the second is the steadier.
struct Stopwatch {
    QElapsedTimer wall;
    std::clock_t processor = std::clock();
    Stopwatch() { wall.start(); }
    QByteArray lap()
    {
        const double wallSeconds = wall.restart() / 1e3;
        const std::clock_t now = std::clock();
        const double processorSeconds = double(now - processor) / CLOCKS_PER_SEC;
        processor = now;
        return QByteArray::number(wallSeconds, 'f', 2) + " s (processor " + QByteArray::number(processorSeconds, 'f', 2) + " s)";
    }
};
