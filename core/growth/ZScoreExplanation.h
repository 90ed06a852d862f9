#pragma once

#include "domain/Measurement.h"
#include "domain/Subject.h"
#include "growth/ChildZScores.h"
#include "growth/Who2007ZScores.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// How a z-score came about, for the officer who asks: age, the value used after any adjustment,
// L, M and S, the formula branch and the flag (translated, several lines).
class ZScoreExplanation {
    Q_DECLARE_TR_FUNCTIONS(ZScoreExplanation)
public:
    // WHO Child Growth Standards 2006, under 60 months.
    static QString explain(const ChildInput &input, ChildIndex index);
    // WHO Reference 2007, 5 to 19 years: LengthForAge (height), WeightForAge and BmiForAge.
    static QString explain(const Who2007Input &input, ChildIndex index);
    // The standard the measurement was scored with for this subject's age; empty when none applies.
    static QString explain(const Subject &subject, const Measurement &measurement, ChildIndex index);
    static QString indexName(ChildIndex index);

private:
    // L, M, S, the formula branch, z and the flag, after the lines already given.
    static QString working(QStringList lines, const IndexResult &result, const QString &missing);
};
