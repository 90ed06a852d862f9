#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Workspace;

// Approval of RTL items by the TPPS chair: a date and a name on each item.
class RtlApproval {
    Q_DECLARE_TR_FUNCTIONS(RtlApproval)
public:
    explicit RtlApproval(Workspace &workspace) : m_workspace(workspace) {}

    // Who approves by default: the TPPS is chaired by the Wakil Bupati, who sits in the team as
    // Pengarah (steering); else the team's Ketua. Empty when the team has neither.
    Result<QString> defaultApprover(qint64 cycleId) const;
    // Stamps every item with the date (not after today) and name in one transaction; all or nothing.
    Status approve(const QList<qint64> &itemIds, const QDate &on, const QString &approvedBy, const QDate &today);

private:
    Workspace &m_workspace;
};
