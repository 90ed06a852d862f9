#pragma once

#include "domain/ActionItem.h"

#include <QString>

// An RTL item with what the tracker shows beside it: its case code and agency, never a name.
struct RtlItemRow {
    ActionItem item;
    QString caseCode;      // empty for a general item; a carried item keeps its old cycle's code
    QString agency;        // short name when there is one
    QString cycleLabel;    // "2024-2"
    bool carriedForward = false;  // a copy of it was carried into a later cycle
};
