#pragma once

#include "domain/ActionStatus.h"
#include "domain/ActionTiming.h"
#include "domain/Entity.h"
#include "domain/InterventionType.h"

#include <QDate>

// One item of a cycle's follow-up plan (RTL).
struct ActionItem : Entity {
    qint64 cycleId = 0;
    qint64 caseId = 0;  // 0 for a general item
    qint64 recommendationId = 0;
    qint64 carriedFromId = 0;
    QString problem;
    QString recommendation;
    InterventionType interventionType = InterventionType::Specific;
    ActionTiming timing = ActionTiming::Immediate;
    QString activity;
    QString target;
    qint64 agencyId = 0;
    QString partners;
    QDate startDate;
    QDate dueDate;
    QString budgetSource;
    QString successIndicator;
    ActionStatus status = ActionStatus::Planned;
    QDate approvedOn;
    QString approvedBy;

    bool isFinished() const { return status == ActionStatus::Done; }
    bool isOverdue(const QDate &today) const
    {
        return dueDate.isValid() && dueDate < today && status != ActionStatus::Done;
    }
    bool isApproved() const { return approvedOn.isValid(); }
    bool operator==(const ActionItem &) const = default;
};
