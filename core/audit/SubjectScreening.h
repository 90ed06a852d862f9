#pragma once

#include "domain/RiskAnswer.h"
#include "growth/RiskThresholds.h"
#include "storage/ListRows.h"

#include <QStringList>

// What a list row's latest measurement and stored risk answers say about the subject: the lines
// to show and whether the subject is at risk (a stunted child by its stored z, or a bride or
// mother with any maternal or family risk).
struct SubjectScreening {
    QStringList findings;
    bool atRisk = false;

    static SubjectScreening of(const SubjectRow &row, const RiskAnswerValues &answers, const RiskThresholds &thresholds);
};
