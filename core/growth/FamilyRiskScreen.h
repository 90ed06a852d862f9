#pragma once

#include "growth/RiskFinding.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

// Family risks of the family census: drinking water (proper: bottled, refill, piped, bore well,
// protected well) and latrine (proper: with a septic tank). Answers: water_source, latrine.
class FamilyRiskScreen {
    Q_DECLARE_TR_FUNCTIONS(FamilyRiskScreen)
public:
    static QList<RiskFinding> screen(const QMap<QString, QString> &answers);
};
