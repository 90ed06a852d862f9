#pragma once

#include "domain/DataSource.h"
#include "domain/Entity.h"

#include <QDate>

// The answer to one risk-factor question for a subject (e.g. factor "smoking_exposure", value "yes").
struct RiskAnswer : Entity {
    qint64 subjectId = 0;
    QString factor;
    QString value;
    QDate observedOn;
    DataSource source = DataSource::Manual;
};
