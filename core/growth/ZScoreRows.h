#pragma once

#include "growth/CsvOutput.h"
#include "importing/CsvReader.h"

#include <QCoreApplication>
#include <QStringList>

// Where WHO's input columns are in a file (-1 when absent), and how to read them.
struct ZScoreColumns {
    bool who2007 = false;
    bool ageInMonths = false;
    std::size_t count = 0;
    int sex = -1, age = -1, weight = -1, height = -1, measure = -1, oedema = -1;
    int headc = -1, armc = -1, triskin = -1, subskin = -1;
};

// Reads data rows, computes their z-scores and writes each row with WHO's output columns; a row
// that cannot be read is written with NA and described in problems ("line N: ...").
class ZScoreRows {
    Q_DECLARE_TR_FUNCTIONS(ZScoreRows)
public:
    static int process(CsvReader &reader, const ZScoreColumns &columns, CsvOutput &output, QStringList &problems);
    static constexpr int Who2006Columns = 21;
};
