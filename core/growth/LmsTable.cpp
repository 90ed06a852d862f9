#include "growth/LmsTable.h"

#include <cmath>

LmsTable::LmsTable(const LmsRow *rows, std::size_t count, int keyScale)
    : m_keyScale(keyScale)
{
    for (int sex = 1; sex <= 2; ++sex) {
        Part &part = m_parts[sex - 1];
        bool first = true;
        for (std::size_t i = 0; i < count; ++i) {
            if (rows[i].sex != sex)
                continue;
            const long key = std::lround(rows[i].x * keyScale);
            if (first) {
                part.firstKey = key;
                first = false;
            }
            const std::size_t index = std::size_t(key - part.firstKey);
            if (part.rows.size() <= index)
                part.rows.resize(index + 1);
            part.rows[index] = Lms{rows[i].l, rows[i].m, rows[i].s, true};
        }
    }
}
