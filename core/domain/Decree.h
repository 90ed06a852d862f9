#pragma once

#include "domain/Entity.h"

#include <QDate>

// The SK that appoints a cycle's audit team.
struct Decree : Entity {
    qint64 cycleId = 0;
    QString number;  // "188.45/1/TPPS/V/2022"
    QDate date;
    QString signerTitle;
    QString signerName;
    QString subject;
};
