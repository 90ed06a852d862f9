#pragma once

#include "domain/ActionStatus.h"
#include "domain/Entity.h"

#include <QDate>

// The evaluation of one RTL item at the end of follow-up.
struct ItemEvaluation : Entity {
    qint64 actionItemId = 0;
    QDate evaluatedOn;
    QString whatWasDone;
    QString evidence;
    QString obstacle;
    QString nextStep;
    ActionStatus finalStatus = ActionStatus::Done;
};
