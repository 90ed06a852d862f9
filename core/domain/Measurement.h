#pragma once

#include "domain/DataSource.h"
#include "domain/Entity.h"
#include "domain/MeasurePosition.h"

#include <QDate>
#include <optional>

// One visit's anthropometry and lab values, with the z-scores the growth engine computed.
struct Measurement : Entity {
    qint64 subjectId = 0;
    QDate measuredOn;
    std::optional<double> weightKg;
    std::optional<double> lengthHeightCm;
    std::optional<MeasurePosition> position;
    std::optional<double> muacCm;
    std::optional<double> headCircumferenceCm;
    std::optional<double> hbGdl;
    bool oedema = false;
    std::optional<double> gestationalAgeWeeks;
    DataSource source = DataSource::Manual;
    bool verified = false;

    // Stored results of the growth engine (absent when not computable).
    std::optional<double> zLengthAge;
    std::optional<double> zWeightAge;
    std::optional<double> zWeightLength;
    std::optional<double> zBmiAge;
    std::optional<double> zHeadAge;
    std::optional<double> zMuacAge;
    QString zFlags;     // comma-separated names of flagged indices, e.g. "zlen,zwei"
    QString zStandard;  // which standard computed them, e.g. "WHO 2006 (anthro 1.1.0)"
};
