#pragma once

#include <QString>

// UUIDs of version 7 (RFC 9562): the creation time in milliseconds, then random bits. Unique like
// the random version 4, but the UUIDs one thread makes are strictly increasing, so each new row's
// entry lands at the end of the table's UNIQUE (uuid) index instead of at a random page of it.
class TimeOrderedUuid {
public:
    static QString next();
    // The same UUID as text into 36 characters, without allocating.
    static void next(char (&text)[36]);
};
