#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

class Workspace;

// What a cycle achieved, for its report and for BKKBN's Sipasti: the share of RTL items done by
// agency and by timing, the cases' outcomes, and the Sipasti stages 1-4 with the date each was
// reached or what it still lacks. Derived from the data, consistent with CycleProgress.
struct CycleSummary {
    Q_DECLARE_TR_FUNCTIONS(CycleSummary)
public:
    struct DoneShare {
        QString label;  // agency name or timing
        int done = 0;
        int total = 0;
        int partlyDone = 0;  // final statuses other than done; the rest of total is not evaluated yet
        int notDone = 0;

        int notEvaluated() const { return total - done - partlyDone - notDone; }
    };
    struct SipastiStage {
        int number = 1;
        QString name;  // translated
        bool reached = false;
        QDate reachedOn;
        QStringList missing;  // translated; empty when reached
    };

    QList<DoneShare> byAgency;  // by name; items without an agency last
    QList<DoneShare> byTiming;  // segera, terencana
    int improved = 0;
    int unchanged = 0;
    int worse = 0;
    int other = 0;        // moved away, died, lost to follow-up
    int unconfirmed = 0;  // no confirmed outcome yet
    QList<SipastiStage> stages;  // 1 to 4

    static Result<CycleSummary> of(Workspace &workspace, qint64 cycleId);
};
