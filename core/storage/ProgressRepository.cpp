#include "storage/ProgressRepository.h"

#include "domain/MeetingKind.h"
#include "storage/SqlQuery.h"
#include "storage/Workspace.h"

namespace {
Status readRow(SqlQuery &query, std::initializer_list<int *> targets)
{
    if (Status status = query.exec(); !status)
        return status;
    if (!query.next())
        return {};
    int column = 0;
    for (int *target : targets)
        *target = query.value(column++).toInt();  // SUM over no rows is NULL, which reads as 0
    return {};
}
}

Result<ProgressCounts> ProgressRepository::counts(qint64 cycleId) const
{
    ProgressCounts counts;
    SqlQuery cases(m_workspace, QStringLiteral("SELECT COUNT(*), "
                                               "SUM(review.signed_on IS NULL), "
                                               "SUM(audit_case.outcome IS NULL) "
                                               "FROM audit_case LEFT JOIN expert_review review ON review.case_id = audit_case.id "
                                               "WHERE audit_case.cycle_id = :cycle"));
    cases.bind(QStringLiteral(":cycle"), cycleId);
    if (Status status = readRow(cases, {&counts.cases, &counts.casesWithoutSignedReview, &counts.casesWithoutOutcome}); !status)
        return Error{status.error()};

    // IN (subquery) is evaluated once into a temporary index: item_evaluation has no index of its own.
    SqlQuery items(m_workspace, QStringLiteral("SELECT COUNT(*), "
                                               "SUM(approved_on IS NULL), "
                                               "SUM(id NOT IN (SELECT action_item_id FROM item_evaluation)) "
                                               "FROM action_item WHERE cycle_id = :cycle"));
    items.bind(QStringLiteral(":cycle"), cycleId);
    if (Status status = readRow(items, {&counts.actionItems, &counts.unapprovedActionItems, &counts.unevaluatedActionItems}); !status)
        return Error{status.error()};

    SqlQuery meetings(m_workspace, QStringLiteral("SELECT COUNT(*) FROM meeting "
                                                  "WHERE cycle_id = :cycle AND kind = :kind "
                                                  "AND trim(minutes, char(32, 9, 10, 13)) <> '' "
                                                  "AND id IN (SELECT meeting_id FROM attendance WHERE attended <> 0)"));
    meetings.bind(QStringLiteral(":cycle"), cycleId).bind(QStringLiteral(":kind"), enumCode(MeetingKind::Dissemination));
    if (Status status = readRow(meetings, {&counts.disseminationsHeld}); !status)
        return Error{status.error()};
    return counts;
}
