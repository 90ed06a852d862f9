#pragma once

#include "domain/Measurement.h"
#include "domain/TargetGroup.h"
#include "growth/RiskFinding.h"
#include "growth/RiskThresholds.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

// Screens a bride, pregnant or postpartum woman against the thresholds. Answers are the subject's
// risk-factor answers by factor: smoking_exposure (yes/no), antenatal_visits, iron_tablets,
// children_count, birth_spacing_months.
class MaternalRiskScreen {
    Q_DECLARE_TR_FUNCTIONS(MaternalRiskScreen)
public:
    static QList<RiskFinding> screen(TargetGroup group, int ageYears, const Measurement &measurement,
                                     const QMap<QString, QString> &answers, const RiskThresholds &thresholds = {});
    // Indonesian BMI bands for adults (Kemenkes): < 17, 17-18,4, 18,5-25, 25,1-27, > 27.
    static QString bmiBand(double bmi);
};
