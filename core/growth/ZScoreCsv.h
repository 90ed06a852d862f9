#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <string>
#include <vector>

// Batch z-scores for a delimited file, like WHO's anthro_zscores (and anthroplus for WHO 2007):
// every input column, then WHO's output columns; missing values are written NA.
class ZScoreCsv {
    Q_DECLARE_TR_FUNCTIONS(ZScoreCsv)
public:
    enum class Standard { Who2006, Who2007 };
    struct Options {
        Standard standard = Standard::Who2006;
        bool ageInMonths = false;  // WHO 2006 only; WHO 2007 ages are always in months
    };
    struct Outcome {
        std::vector<std::string> parts;  // the output text, in order (written part by part, never copied whole)
        QStringList rowProblems;  // "line 7: ..." for rows written with NA
        int rows = 0;
        std::string text() const;
    };

    // Fails only when the data cannot be read as a table at all.
    static Result<Outcome> process(const QByteArray &input, const Options &options);
};
