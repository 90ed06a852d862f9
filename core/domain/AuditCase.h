#pragma once

#include "domain/CaseOutcome.h"
#include "domain/Entity.h"
#include "domain/SelectionReason.h"

#include <QDate>
#include <QList>
#include <optional>

// A subject selected into a cycle for audit, known in documents only by its case code.
struct AuditCase : Entity {
    qint64 cycleId = 0;
    qint64 subjectId = 0;
    int auditNumber = 0;
    QString caseCode;  // "AKS-2024-1-BDT-03"
    QList<SelectionReason> reasons;
    QString selectionNote;
    QDate selectedOn;
    std::optional<CaseOutcome> proposedOutcome;
    std::optional<CaseOutcome> outcome;  // confirmed by the user
    QDate outcomeConfirmedOn;
};
