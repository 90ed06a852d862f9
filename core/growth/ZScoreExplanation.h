#pragma once

#include "growth/ChildZScores.h"

#include <QCoreApplication>
#include <QString>

// How a z-score came about, for the officer who asks: age in days, the value used after any
// adjustment, L, M and S, the formula branch and the flag (translated, several lines).
class ZScoreExplanation {
    Q_DECLARE_TR_FUNCTIONS(ZScoreExplanation)
public:
    static QString explain(const ChildInput &input, ChildIndex index);
    static QString indexName(ChildIndex index);
};
