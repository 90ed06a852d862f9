#pragma once

#include "storage/CaseSnapshot.h"

#include <QCoreApplication>
#include <QStringList>

// What deleting a case takes with it, in words for the confirmation ("1 expert review", "3 RTL items").
class CaseRemovalSummary {
    Q_DECLARE_TR_FUNCTIONS(CaseRemovalSummary)
public:
    static QStringList lines(const CaseSnapshot &snapshot);
};
