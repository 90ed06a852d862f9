#pragma once

#include "domain/TargetGroup.h"

#include <QString>
#include <optional>

// The code that stands for a case in every document: AKS-2024-1-BDT-03
// (year, cycle number, target group, audit number within the group).
struct CaseCode {
    int year = 0;
    int cycleNumber = 1;
    TargetGroup group = TargetGroup::Baduta;
    int number = 1;

    QString toString() const;
    static std::optional<CaseCode> parse(const QString &text);
    static QString groupCode(TargetGroup group);  // CTN, BML, BFS, BDT, BLT
};
