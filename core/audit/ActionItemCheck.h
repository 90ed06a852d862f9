#pragma once

#include "domain/ActionItem.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

// What stops an RTL item from being stored, one translated line per problem. An item whose status
// is final (done, partly done, not done) needs the date it was evaluated; an item already evaluated
// keeps a final status, so that its evaluation and its status never disagree.
class ActionItemCheck {
    Q_DECLARE_TR_FUNCTIONS(ActionItemCheck)
public:
    static QStringList problems(const ActionItem &item, const QDate &evaluatedOn, const QDate &today, bool alreadyEvaluated);
    // The evaluation date of an item closed with `status`: empty when it is fine.
    static QString evaluationDateProblem(ActionStatus status, const QDate &startDate, const QDate &evaluatedOn, const QDate &today);
};
