#pragma once

#include "Result.h"
#include "domain/WorksheetItem.h"

#include <QList>
#include <QStringList>

class Workspace;

// The audit worksheet (KKA) items of each target group, by edition of the national guidance.
class WorksheetRepository {
public:
    explicit WorksheetRepository(Workspace &workspace) : m_workspace(workspace) {}

    // The group's editions, oldest first (editions are compared as text: "2022" < "2025").
    Result<QStringList> editions(TargetGroup group) const;
    // The edition a new review uses: the group's latest; empty when the group has no items.
    Result<QString> latestEdition(TargetGroup group) const;
    // The items of one edition (the latest when empty), by position.
    Result<QList<WorksheetItem>> items(TargetGroup group, const QString &edition = {}) const;
    Status save(WorksheetItem &item);

private:
    Workspace &m_workspace;
};
