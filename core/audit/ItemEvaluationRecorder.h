#pragma once

#include "Result.h"
#include "domain/ActionItem.h"
#include "domain/ItemEvaluation.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Workspace;

// Stores the end-of-follow-up evaluations of RTL items and sets each item's status to the final
// status found: done, partly done or not done, on a date from the item's start up to today.
class ItemEvaluationRecorder {
    Q_DECLARE_TR_FUNCTIONS(ItemEvaluationRecorder)
public:
    explicit ItemEvaluationRecorder(Workspace &workspace) : m_workspace(workspace) {}

    // The label an item goes by in messages: its case code or "general", and its activity.
    static QString label(const ActionItem &item, const QString &caseCode);
    static QStringList problems(const ActionItem &item, const QString &caseCode, const ItemEvaluation &evaluation, const QDate &today);
    // Checks them all first; stores all in one transaction, or nothing. A stored evaluation (id set)
    // is updated rather than added.
    Status save(QList<ItemEvaluation> &evaluations, const QDate &today);

private:
    Workspace &m_workspace;
};
