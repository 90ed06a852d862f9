#pragma once

#include "domain/CycleStage.h"

#include <QStringList>

// How far one stage of a cycle is: done, or what it still lacks (translated, one line each).
struct StageProgress {
    CycleStage stage = CycleStage::TeamFormation;
    bool done = false;
    QStringList missing;
};
