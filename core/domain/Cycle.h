#pragma once

#include "domain/CycleStatus.h"
#include "domain/Entity.h"

#include <QDate>

// One audit cycle (siklus): year and number 1 or 2.
struct Cycle : Entity {
    int year = 0;
    int number = 1;
    QDate periodStart;
    QDate periodEnd;
    CycleStatus status = CycleStatus::Planned;

    QString label() const { return QStringLiteral("%1-%2").arg(year).arg(number); }
};
