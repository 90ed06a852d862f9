#pragma once

#include "domain/Entity.h"

// One invited or attending person of a meeting; a walk-in is attended but not invited.
struct Attendance : Entity {
    qint64 personId = 0;  // 0 for someone not otherwise known
    QString name;
    qint64 agencyId = 0;
    QString position;
    bool invited = true;
    bool attended = false;
};
