#pragma once

#include "domain/Entity.h"
#include "domain/TargetGroup.h"

// One item of a target group's audit worksheet (KKA) in one edition of the national guidance.
// Items are reference data: a new edition adds rows, the old edition's rows stay for old reviews.
struct WorksheetItem : Entity {
    TargetGroup group = TargetGroup::Baduta;
    QString edition;  // e.g. "2022"
    QString section;  // Indonesian section heading, e.g. "Status gizi"
    QString code;     // stable within the edition; known codes are filled by the program
    QString label;    // Indonesian, the guidance's own words
    QString labelEn;  // may be empty
    QString definition;
    QString usualSource;  // where a field officer usually finds the answer
    int position = 0;
};
