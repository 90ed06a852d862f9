#pragma once

#include "Result.h"
#include "domain/Measurement.h"
#include "domain/RiskAnswer.h"
#include "domain/Subject.h"
#include "growth/RiskThresholds.h"

#include <QCoreApplication>
#include <QMap>
#include <optional>

class Workspace;

// The worksheet answers the program already knows, by item code: a child's age, birth size and
// z-scores with their category (growth engine), a bride's or mother's age, LiLA, Hb, BMI, height,
// pregnancy care and 4 Terlalu risks, and the family's smoking, water and latrine answers.
// Codes are those of the seeded items (migration 003); an item with another code gets nothing.
class WorksheetPrefill {
    Q_DECLARE_TR_FUNCTIONS(WorksheetPrefill)
public:
    static QMap<QString, QString> answers(const Subject &subject, const std::optional<Measurement> &measurement,
                                          const RiskAnswerValues &riskAnswers, const RiskThresholds &thresholds = {});
    // The same from what the workspace stores: the latest measurement, the risk answers and the
    // district's thresholds.
    static Result<QMap<QString, QString>> answers(Workspace &workspace, const Subject &subject);
};
