#pragma once

#include "growth/WhoTableData.h"

#include <vector>

// L, M and S of one WHO table, found in constant time by sex and an integer key: age in days,
// age in months, or length/height in tenths of a centimetre.
struct Lms {
    double l = 0;
    double m = 0;
    double s = 0;
    bool valid = false;
};

class LmsTable {
public:
    // keyScale: 1 for ages, 10 for lengths given in cm by 0.1 cm.
    LmsTable(const LmsRow *rows, std::size_t count, int keyScale);

    Lms at(int sex, long key) const
    {
        if (sex < 1 || sex > 2)
            return {};
        const Part &part = m_parts[sex - 1];
        const long index = key - part.firstKey;
        if (index < 0 || index >= long(part.rows.size()))
            return {};
        return part.rows[std::size_t(index)];
    }
    int keyScale() const { return m_keyScale; }

private:
    struct Part {
        long firstKey = 0;
        std::vector<Lms> rows;
    };
    Part m_parts[2];
    int m_keyScale;
};
