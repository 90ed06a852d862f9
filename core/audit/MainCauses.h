#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Workspace;

// The causes the experts concluded in a cycle's reviews, each with the number of cases it was
// found in, most frequent first (then direct before indirect, then the taxonomy's order).
struct MainCauses {
    struct Tally {
        QString code;
        QString label;  // as the user's language shows it (referenceLabel)
        bool isDirect = true;
        int cases = 0;
    };

    QList<Tally> causes;
    int reviewedCases = 0;  // cases with a review that names at least one cause of the experts

    static Result<MainCauses> of(Workspace &workspace, qint64 cycleId);
};
