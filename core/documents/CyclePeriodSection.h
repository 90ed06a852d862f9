#pragma once

#include "Result.h"
#include "domain/Cycle.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class DocumentComposer;
class Workspace;

// When a cycle's work was done, for chapter IV of the cycle report: its period, then each stage
// (decree, selection, reviews, RTL approval, dissemination, monitoring, evaluation) with the dates
// it took place on and what it amounted to.
class CyclePeriodSection {
    Q_DECLARE_TR_FUNCTIONS(CyclePeriodSection)
public:
    struct Stage {
        QString name;
        QDate from;  // invalid when the stage has not taken place
        QDate to;
        QString note;
    };

    static Result<CyclePeriodSection> load(Workspace &workspace, qint64 cycleId);

    const QList<Stage> &stages() const { return m_stages; }
    void write(DocumentComposer &composer) const;

    static QString dates(const QDate &from, const QDate &to);  // "5 February 2024" or "5 to 20 February 2024"

private:
    Cycle m_cycle;
    QList<Stage> m_stages;
};
