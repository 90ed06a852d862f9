#pragma once

#include "domain/ActionItem.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

// What stops an RTL item from being stored, one translated line per problem. An item whose status
// is final (done, partly done, not done) needs the date it was evaluated.
class ActionItemCheck {
    Q_DECLARE_TR_FUNCTIONS(ActionItemCheck)
public:
    static QStringList problems(const ActionItem &item, const QDate &evaluatedOn, const QDate &today);
    static bool isFinal(ActionStatus status);
};
