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
    static bool isProperWater(const QString &code);
    static bool isProperLatrine(const QString &code) { return code == QLatin1String("septic_tank"); }
    // The translated name of a water_source or latrine answer ("Unprotected well"); an unknown
    // answer as it was given.
    static QString answerName(const QString &code);
};
