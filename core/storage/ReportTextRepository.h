#pragma once

#include "Result.h"
#include "domain/ReportText.h"

#include <QCoreApplication>
#include <QList>

class Workspace;

// The narrative parts of cycle reports: at most one text per cycle and part.
class ReportTextRepository {
    Q_DECLARE_TR_FUNCTIONS(ReportTextRepository)
public:
    explicit ReportTextRepository(Workspace &workspace) : m_workspace(workspace) {}

    // The parts stored for the cycle, in the order of ReportPart; parts never saved are absent.
    Result<QList<ReportText>> forCycle(qint64 cycleId) const;
    // Stores one part, replacing the cycle's earlier text of that part.
    Status save(ReportText &text);
    // Stores several parts in one transaction: all of them, or none.
    Status save(QList<ReportText> &texts);

private:
    Workspace &m_workspace;
};
