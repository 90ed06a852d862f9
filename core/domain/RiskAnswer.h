#pragma once

#include "domain/DataSource.h"
#include "domain/Entity.h"

#include <QDate>
#include <QMap>

// The answer to one risk-factor question for a subject (e.g. factor "smoking_exposure", value "yes").
struct RiskAnswer : Entity {
    qint64 subjectId = 0;
    QString factor;
    QString value;
    QDate observedOn;
    DataSource source = DataSource::Manual;
};

// A subject's answers by factor, as the risk screens read them (factor -> value).
using RiskAnswerValues = QMap<QString, QString>;
