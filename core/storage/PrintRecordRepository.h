#pragma once

#include "Result.h"
#include "domain/PrintRecord.h"

#include <QList>

class Workspace;

// The record of internal copies printed. Rows are only ever added.
class PrintRecordRepository {
public:
    explicit PrintRecordRepository(Workspace &workspace) : m_workspace(workspace) {}

    Status add(PrintRecord &record);
    Result<QList<PrintRecord>> all() const;  // newest first

private:
    Workspace &m_workspace;
};
