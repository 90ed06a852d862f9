#pragma once

#include "domain/Cycle.h"

#include <QCoreApplication>

// How documents name a cycle and its period: "Cycle 1 of 2024", "1 January 2024 to 30 June 2024".
class CycleText {
    Q_DECLARE_TR_FUNCTIONS(CycleText)
public:
    static QString name(const Cycle &cycle) { return tr("Cycle %1 of %2").arg(cycle.number).arg(cycle.year); }
    static QString period(const Cycle &cycle);
};
