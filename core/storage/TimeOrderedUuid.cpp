#include "storage/TimeOrderedUuid.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace {
// Per thread: the last millisecond used and a 12-bit counter within it (RFC 9562, method 1).
struct Clock {
    quint64 millisecond = 0;
    quint32 counter = 0;
    QRandomGenerator64 random = QRandomGenerator64(QRandomGenerator::securelySeeded());
};

void hex(char *out, quint64 value, int digits)
{
    static const char Digits[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = Digits[value & 0xF];
        value >>= 4;
    }
}
}

void TimeOrderedUuid::next(char (&text)[36])
{
    thread_local Clock clock;
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch());
    if (now > clock.millisecond) {
        clock.millisecond = now;
        clock.counter = quint32(clock.random.generate() & 0x3FF);  // a random start leaves room to count up
    } else if (++clock.counter > 0xFFF) {
        ++clock.millisecond;  // more than 4096 in one millisecond (or the clock went back): borrow the next
        clock.counter = 0;
    }
    const quint64 randomBits = clock.random.generate64();
    hex(text, clock.millisecond >> 16, 8);
    text[8] = '-';
    hex(text + 9, clock.millisecond & 0xFFFF, 4);
    text[13] = '-';
    hex(text + 14, 0x7000 | clock.counter, 4);
    text[18] = '-';
    hex(text + 19, 0x8000 | (randomBits & 0x3FFF), 4);
    text[23] = '-';
    hex(text + 24, randomBits >> 16, 12);
}

QString TimeOrderedUuid::next()
{
    char text[36];
    next(text);
    return QString::fromLatin1(text, 36);
}
