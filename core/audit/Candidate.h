#pragma once

#include "domain/SelectionReason.h"
#include "storage/ListRows.h"

#include <QList>
#include <QStringList>

// A subject that may be selected as an audit case, with what its latest measurement says.
struct Candidate {
    SubjectRow subject;
    QStringList findings;  // e.g. "PB/U or TB/U: z = -2,45 (Stunted)" or a mother's risks
    bool atRisk = false;   // stunted child, or a mother or bride with a risk
    bool alreadyCase = false;  // already selected in this cycle
    // The user's choice in the selection wizard:
    bool selected = false;
    QList<SelectionReason> reasons;
    QString note;
};
